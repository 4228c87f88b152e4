package ee.hoolekanne.adapter.json;

import java.util.List;

/**
 * The protection support-person referral document (RVK): common fields, a {@code state}
 * discriminator and only that state's fields. The referral decision is written in full (it is the
 * case's one decision).
 */
final class ProtectionDocs {

    private ProtectionDocs() {
    }

    record ProtectionReferralDocument(String type, Integer schemaVersion, ReferralDoc referral) {
    }

    record ReferralDoc(String id, String state, Docs.HouseholdDoc client, String protection, NeedDoc needAssessment,
                       ApplicationDocs.DecisionDoc decision, LanguageDoc language, String funding, String provider,
                       String receivedOn, AssignmentDoc assignment, String caseManagerContactedOn, MeetingDoc meeting,
                       List<InfoRequestDoc> infoRequests, List<NoticeDoc> changeNotices, List<ReportDoc> reports,
                       List<ApplicationDocs.EvaluationDoc> evaluations, String endReason, String statedReason, String endedOn) {
    }

    /**
     * Version 2 adds the {@code problems} the assessment names (RVK-1: health information, left
     * out when redacted) and {@code greaterNeed} (RVK-2).
     */
    record NeedDoc(String assessedOn, String localGovernment, List<String> problems, List<String> otherServices, Boolean duplicates,
                   Boolean greaterNeed) {
    }

    record LanguageDoc(String language, String otherLanguage, Boolean interpreter) {
    }

    /** A support-person assignment: who, of which kind, from which provider, from when. */
    record AssignmentDoc(String supportPerson, String kind, String provider, String from) {
    }

    record MeetingDoc(String heldOn, Boolean fitConfirmed, List<String> goals) {
    }

    record InfoRequestDoc(Integer number, String receivedOn, String answeredOn) {
    }

    record NoticeDoc(String observedOn, String notifiedOn, Boolean improvement, String description) {
    }

    record ReportDoc(String submittedOn, String summary) {
    }
}
