package ee.hoolekanne.adapter.json;

import java.util.List;

/** The Tallinn resocialization case document (RES-1 .. RES-10): application, decisions, stage, stays and laundry. */
final class ResocializationDocs {

    private ResocializationDocs() {
    }

    record ResocializationDocument(String type, Integer schemaVersion, ResocializationDoc resocialization) {
    }

    /**
     * {@code state} is {@code Applied}, {@code Refused}, {@code InShelter}, {@code InSocialHousingUnit},
     * {@code InDormitory}, {@code InIndependentLife} or (version 2) {@code LeftPathway} with its
     * {@code exit} and {@code lastDay} (RES-11), or (version 2) {@code Incomplete} with its
     * {@code missingParts} and {@code remedyTerm} (RES-7, HMS-1).
     */
    record ResocializationDoc(String id, String state, FormDoc form, String districtGovernment, IdentityDoc identity,
                              String appliedOn, List<ApplicationDocs.DecisionDoc> decisions, List<StayDoc> stays,
                              ApplicationDocs.ActionPlanDoc actionPlan, List<LaundryDoc> laundry, String since, ExitDoc exit,
                              String lastDay, List<String> missingParts, ApplicationDocs.RemedyTermDoc remedyTerm) {
    }

    /** How a resident left (RES-11): {@code kind}, with {@code role} for a decision, {@code destination} for a move elsewhere. */
    record ExitDoc(String kind, String role, String destination) {
    }

    /** {@code name} and the three reasons are masked in a redacted document; {@code householdMembers} absent means not given. */
    record FormDoc(String applicant, String name, String residenceOrStay, String contactDetails, List<String> householdMembers,
                   String whyCounselling, String whatHinders, String whyNoDwelling) {
    }

    record IdentityDoc(String kind, String verifiedOn) {
    }

    record StayDoc(String stage, RoomDoc room, Integer children, String from, String until) {
    }

    record RoomDoc(String unit, Integer beds, Boolean renovated) {
    }

    record LaundryDoc(String on, String service, Integer loads) {
    }
}
