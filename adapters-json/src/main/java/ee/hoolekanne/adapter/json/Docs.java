package ee.hoolekanne.adapter.json;

import java.util.List;

/**
 * The documents as Jackson binds them: plain records of strings, numbers and lists, one per JSON
 * object, fields in the order they are written. Every field is nullable here; the codecs decide
 * what is required. Dates are ISO strings, enumerations their constant names.
 */
final class Docs {

    private Docs() {
    }

    // ---- envelopes: every document starts with its type and schema version ----------------------

    record DeadlineDocument(String type, Integer schemaVersion, DeadlineDoc deadline) {
    }

    record DeadlineWatchDocument(String type, Integer schemaVersion, List<ObligationDoc> obligations) {
    }

    record WaitingListDocument(String type, Integer schemaVersion, WaitingListDoc waitingList) {
    }

    record HousingStockDocument(String type, Integer schemaVersion, HousingStockDoc housingStock) {
    }

    record HouseholdDocument(String type, Integer schemaVersion, HouseholdDoc household) {
    }

    // ---- deadlines ------------------------------------------------------------------------------

    record TermDoc(Integer amount, String unit, String direction) {
    }

    record SkippedDayDoc(String date, String holiday) {
    }

    record LegalBasisDoc(String ruleId, String provision) {
    }

    /** CAL-9: the institution where the act is done and when its working day ends on the due date. */
    record EndsAtDoc(String institution, String closes) {
    }

    /**
     * {@code explanation} is written for readers and ignored when read: it is recomputed.
     * {@code endsAt} (deadline version 2, deadline-watch version 2) is present only for a term
     * that ends at an institution's closing time (CAL-9); absent, the term ends at 24:00.
     */
    record DeadlineDoc(String trigger, TermDoc term, String dueDate, String nominalDate, List<SkippedDayDoc> skippedDays,
                       LegalBasisDoc legalBasis, String event, EndsAtDoc endsAt, String explanation) {
    }

    /** Version 1: {@code caseId}, {@code what}, {@code deadline}; version 2 adds the {@code kind} of case, the {@code duty} and its {@code reference}. */
    record ObligationDoc(String kind, String caseId, String duty, String reference, String what, DeadlineDoc deadline) {
    }

    // ---- waiting list and housing stock ---------------------------------------------------------

    record EntryDoc(String caseId, String kind, String completedOn, String listedOn, String offeredUnit) {
    }

    record ChangeDoc(String on, String caseId, String kind, String detail) {
    }

    record WaitingListDoc(String id, List<EntryDoc> entries, List<ChangeDoc> changes) {
    }

    record UnitDoc(String id, String kind, String dwelling, String room) {
    }

    record AllocationDoc(String unit, String caseId, String from, String until) {
    }

    record HousingStockDoc(String id, List<UnitDoc> units, List<AllocationDoc> allocations) {
    }

    // ---- persons ---------------------------------------------------------------------------------

    /** Personal codes; in a redacted document each is eleven asterisks. */
    record HouseholdDoc(String applicant, List<String> members) {
    }
}
