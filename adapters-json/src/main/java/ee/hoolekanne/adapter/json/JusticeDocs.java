package ee.hoolekanne.adapter.json;

import java.util.List;

/** The justice services' documents (JUS-1 .. JUS-7): a prisoner's support-person case and a released prisoner's stay. */
final class JusticeDocs {

    private JusticeDocs() {
    }

    record PrisonerSupportDocument(String type, Integer schemaVersion, PrisonerSupportDoc prisonerSupport) {
    }

    /** {@code state} is {@code Requested}, {@code Supporting} or {@code Ended}. */
    record PrisonerSupportDoc(String id, String state, String prisoner, String releaseDate, String requestedOn, String funding,
                              ProtectionDocs.AssignmentDoc assignment, List<ContactDoc> contacts, String releasedOn,
                              String endedOn, String reason) {
    }

    record ContactDoc(String on, String party, String note) {
    }

    record AccommodationDocument(String type, Integer schemaVersion, StayDoc stay) {
    }

    /** {@code state} is {@code Staying} or {@code Left}; the extension decisions are written in full. */
    record StayDoc(String id, String state, String person, String provider, String unit, String admittedOn, String funding,
                   List<ApplicationDocs.DecisionDoc> extensions, List<String> activities, String until,
                   ApplicationDocs.ActionPlanDoc actionPlan, String planHelper, String leftOn, String reason) {
    }
}
