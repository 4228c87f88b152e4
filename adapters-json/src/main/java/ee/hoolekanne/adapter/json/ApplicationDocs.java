package ee.hoolekanne.adapter.json;

import ee.hoolekanne.adapter.json.Docs.LegalBasisDoc;

import java.util.List;

/**
 * The social housing case document: one object with a {@code state} discriminator and the
 * fields of that state (a field of another state is refused). Decisions are written once, in the
 * history event that made them; a state refers to its decision by id. Money is a decimal string
 * with two decimals ({@code "90.00"}), months are {@code yyyy-mm}, instants ISO-8601 in UTC.
 */
final class ApplicationDocs {

    private ApplicationDocs() {
    }

    record ApplicationDocument(String type, Integer schemaVersion, ApplicationDoc application) {
    }

    record ApplicationDoc(String id, String state, String submittedOn, FormDoc form, List<EventDoc> history,
                          List<String> missingParts, String completedOn, AssessmentDoc assessment, String waitListedOn,
                          String decisionId, String unit, List<String> units, String placementKind, DeliveryDoc delivery, ContractDoc contract,
                          String useStartedOn, ActionPlanDoc actionPlan, List<AbsenceDoc> absences,
                          List<FamilyChangeDoc> familyChanges, List<BreachDoc> houseRuleBreaches, List<ChargeDoc> charges,
                          List<PaymentDoc> payments, PreExpiryDoc preExpiryAssessment, CopingDoc copingAssessment,
                          String lapsedBy, String lapsedOn, String endReason, String lastDay, String endingDecisionId,
                          RemedyTermDoc remedyTerm) {
    }

    /** {@code socialCoping} and the infection certificate flags are health data: masked or left out when redacted. */
    record FormDoc(Docs.HouseholdDoc household, String contactData, String supportNetwork, String residenceOrStay,
                   String monthlyIncome, String assets, String socialCoping, Boolean infectionCertificateNeeded,
                   Boolean infectionCertificateAttached, List<String> supportingDocuments) {
    }

    record EventDoc(String on, String kind, DecisionDoc decision, String detail) {
    }

    /**
     * Version 2 adds the act (HMS): {@code role} and {@code signer} (HMS-4), {@code facts} (HMS-2;
     * personal data, masked when redacted), {@code hearing} (HMS-5). Absent in a decision stored
     * before: the role is then {@code madeBy}, without facts or hearing.
     */
    record DecisionDoc(String id, String madeBy, String madeOn, OutcomeDoc outcome, List<LegalBasisDoc> legalBasis,
                       String supersedes, String role, String signer, List<String> facts, HearingDoc hearing, DeliveryDoc delivery) {
    }

    /** HMS-5: {@code HELD} with {@code on} and {@code how}, or {@code NOT_HELD} with {@code provision} and {@code reason}. */
    record HearingDoc(String kind, String on, String how, String provision, String reason) {
    }

    /** HMS-1 (version 2): the term set to remedy an incomplete application. */
    record RemedyTermDoc(String setOn, Integer amount, String unit) {
    }

    /** {@code kind} decides which other fields an outcome has. */
    record OutcomeDoc(String kind, String unit, List<String> units, String serviceEnd, String lastDay, String newServiceEnd, String service,
                      String to, List<GroundDoc> grounds, String remedyDue) {
    }

    /** A catalogued ground by {@code type} and {@code name}, or a {@code STATED} one with its rule, provision and text. */
    record GroundDoc(String type, String name, String ruleId, String provision, String description) {
    }

    record AssessmentDoc(String assessedOn, String specialist, List<String> methods, Boolean hasNoDwelling,
                         Boolean needsSupport, Boolean proposesGrant, List<String> proposedRefusal) {
    }

    record DeliveryDoc(String method, String at) {
    }

    record ContractDoc(String number, String provider, List<String> signatories, String signedOn, String startDate,
                       String endDate) {
    }

    record ActionPlanDoc(String drawnUpOn, Boolean recipientParticipated, String recipientData, String caseDescription,
                         String problems, String resources, String hinderingFactors, List<GoalDoc> goals,
                         String cooperationAgreement, String interimEvaluationOn, String followUpEvaluationOn) {
    }

    record GoalDoc(String id, String description, List<GoalDoc> subGoals, List<ActivityDoc> activities,
                   List<EvaluationDoc> evaluations) {
    }

    record ActivityDoc(String description, String from, String until, String doneBy) {
    }

    record EvaluationDoc(String kind, String status, String evidence, String evaluator, String date) {
    }

    record AbsenceDoc(String from, String until, String notifiedOn) {
    }

    /** The household after the change: the applicant stays, these are the members. */
    record FamilyChangeDoc(String occurredOn, List<String> members, String notifiedOn) {
    }

    /** Version 2 adds the {@code directive} whose rule was broken (TSM-19); version 1 has none. */
    record BreachDoc(String on, String directive, String rule) {
    }

    record ChargeDoc(String month, String kind, String amount, String explanation) {
    }

    record PaymentDoc(String paidOn, String amount) {
    }

    /** Version 2 adds {@code assessedBy}, the provider (TSM-24); version 1 has none: the contract's provider. */
    record PreExpiryDoc(String assessedOn, String assessedBy, String prospects, Boolean canLiveAlone, Boolean needContinues) {
    }

    /** TSM-23 (version 2): the three conditions; personal data, left out when redacted. */
    record CopingDoc(String assessedOn, Boolean securesDwelling, Boolean meetsObligations, Boolean copesDaily) {
    }
}
