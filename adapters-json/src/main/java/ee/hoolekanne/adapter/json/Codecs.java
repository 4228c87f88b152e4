package ee.hoolekanne.adapter.json;

import ee.hoolekanne.adapter.json.Docs.AllocationDoc;
import ee.hoolekanne.adapter.json.Docs.ChangeDoc;
import ee.hoolekanne.adapter.json.Docs.DeadlineDoc;
import ee.hoolekanne.adapter.json.Docs.DeadlineDocument;
import ee.hoolekanne.adapter.json.Docs.DeadlineWatchDocument;
import ee.hoolekanne.adapter.json.Docs.EndsAtDoc;
import ee.hoolekanne.adapter.json.Docs.EntryDoc;
import ee.hoolekanne.adapter.json.Docs.HouseholdDoc;
import ee.hoolekanne.adapter.json.Docs.HouseholdDocument;
import ee.hoolekanne.adapter.json.Docs.HousingStockDoc;
import ee.hoolekanne.adapter.json.Docs.HousingStockDocument;
import ee.hoolekanne.adapter.json.Docs.LegalBasisDoc;
import ee.hoolekanne.adapter.json.Docs.ObligationDoc;
import ee.hoolekanne.adapter.json.Docs.SkippedDayDoc;
import ee.hoolekanne.adapter.json.Docs.TermDoc;
import ee.hoolekanne.adapter.json.Docs.UnitDoc;
import ee.hoolekanne.adapter.json.Docs.WaitingListDoc;
import ee.hoolekanne.adapter.json.Docs.WaitingListDocument;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.PublicHoliday;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.calendar.TermEnd;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Duty;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.Allocation;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** The codecs of every document type. */
final class Codecs {

    /** What a personal code becomes in a redacted document. */
    static final String MASKED_CODE = "***********";

    private Codecs() {
    }

    // ---- deadline -----------------------------------------------------------------------------

    static final Codec<Deadline, DeadlineDocument> DEADLINE = new DocumentCodec<>(
            DeadlineDocument.class, DeadlineDocument::type, DeadlineDocument::schemaVersion) {
        @Override
        public DeadlineDocument encode(String type, int version, Deadline value, Codec.Settings s) {
            return new DeadlineDocument(type, version, deadline(value));
        }

        @Override
        public Deadline decode(DeadlineDocument d, Codec.Settings s) {
            return deadline(Read.required(d.deadline(), At.ROOT.field("deadline")), At.ROOT.field("deadline"), s);
        }
    };

    static DeadlineDoc deadline(Deadline d) {
        Term t = d.term();
        return new DeadlineDoc(Read.date(d.trigger()), new TermDoc(t.amount(), t.unit().name(), t.direction().name()),
                Read.date(d.dueDate()), Read.date(d.nominalDate()),
                d.skippedDays().stream().map(day -> new SkippedDayDoc(Read.date(day.date()),
                        day.holiday().map(PublicHoliday::englishName).getOrNull())).toList(),
                d.legalBasis().map(b -> new LegalBasisDoc(b.ruleId(), b.provision())).getOrNull(),
                d.event().getOrNull(), d.endsAt() instanceof TermEnd.OfficeClose close
                        ? new EndsAtDoc(close.institution(), close.closes().toString()) : null, d.explain());
    }

    /**
     * Recomputes the deadline from its trigger, term, legal basis and event on the calendar, and
     * requires the document's due date, nominal date and skipped days to be what the calendar
     * gives: a document cannot carry a due date the law would not.
     */
    static Deadline deadline(DeadlineDoc doc, At path, Codec.Settings s) {
        LocalDate trigger = Read.date(doc.trigger(), path.field("trigger"));
        TermDoc termDoc = Read.required(doc.term(), path.field("term"));
        int amount = Read.required(termDoc.amount(), path.field("term").field("amount"));
        Term.Unit unit = Read.constant(Term.Unit.class, termDoc.unit(), path.field("term").field("unit"));
        Term.Direction direction = Read.constant(Term.Direction.class, termDoc.direction(), path.field("term").field("direction"));
        Term term = Read.domain(path.field("term"), () -> new Term(amount, unit, direction));
        Option<LegalBasis> basis = Option.of(doc.legalBasis()).map(b -> Read.domain(path.field("legalBasis"),
                () -> new LegalBasis(Read.rule(b.ruleId(), path.field("legalBasis").field("ruleId")),
                        Read.text(b.provision(), path.field("legalBasis").field("provision")))));
        Option<String> event = Option.of(doc.event());
        if (basis.isDefined() != event.isDefined()) {
            throw Refusal.invalid(path.field(basis.isDefined() ? "event" : "legalBasis"),
                    "a deadline has both a legal basis and an event, or neither");
        }
        Deadline computed = Read.domain(path.field("trigger"), () -> basis.isDefined()
                ? s.calendar().deadline(trigger, term, basis.get(), event.get())
                : s.calendar().deadline(trigger, term));
        if (doc.endsAt() != null) {
            At ea = path.field("endsAt");
            String institution = Read.text(doc.endsAt().institution(), ea.field("institution"));
            LocalTime closes = Read.time(doc.endsAt().closes(), ea.field("closes"));
            computed = new Deadline(computed.trigger(), computed.term(), computed.dueDate(), computed.nominalDate(),
                    computed.skippedDays(), computed.legalBasis(), computed.event(), new TermEnd.OfficeClose(institution, closes));
        }
        DeadlineDoc expected = deadline(computed);
        check(doc.dueDate(), expected.dueDate(), path.field("dueDate"));
        check(doc.nominalDate(), expected.nominalDate(), path.field("nominalDate"));
        Read.required(doc.skippedDays(), path.field("skippedDays"));
        if (!doc.skippedDays().equals(expected.skippedDays())) {
            throw Refusal.invalid(path.field("skippedDays"), "not the days the calendar skips for this term");
        }
        return computed;
    }

    private static void check(String given, String computed, At path) {
        Read.date(given, path);
        if (!given.equals(computed)) {
            throw Refusal.invalid(path, "does not follow from the trigger and term on the Estonian calendar");
        }
    }

    // ---- deadline watch -------------------------------------------------------------------------

    static final Codec<List<Obligation>, DeadlineWatchDocument> DEADLINE_WATCH = new DocumentCodec<>(
            DeadlineWatchDocument.class, DeadlineWatchDocument::type, DeadlineWatchDocument::schemaVersion) {
        @Override
        public DeadlineWatchDocument encode(String type, int version, List<Obligation> value, Codec.Settings s) {
            return new DeadlineWatchDocument(type, version, value.stream().map(o -> new ObligationDoc(o.kind().key(), o.caseId().value(),
                    o.duty().name(), o.reference().getOrNull(), o.what(), deadline(o.deadline()))).toList());
        }

        @Override
        public List<Obligation> decode(DeadlineWatchDocument d, Codec.Settings s) {
            boolean first = d.schemaVersion() == 1;
            return List.copyOf(Read.each(d.obligations(), At.ROOT.field("obligations"), (o, at) -> first ? version1(o, at, s) : version2(o, at, s)));
        }
    };

    /** Version 2: the kind of case, the duty and its reference are fields; {@code what} must say the same. */
    private static Obligation version2(ObligationDoc o, At at, Codec.Settings s) {
        CaseKind kind = CaseKind.ofKey(Read.text(o.kind(), at.field("kind")))
                .getOrElseThrow(() -> Refusal.invalid(at.field("kind"), "not a kind of case"));
        Duty duty = Read.constant(Duty.class, o.duty(), at.field("duty"));
        Obligation obligation = new Obligation(kind, Read.caseId(o.caseId(), at.field("caseId")), duty, Option.of(o.reference()),
                deadline(Read.required(o.deadline(), at.field("deadline")), at.field("deadline"), s));
        if (!obligation.what().equals(Read.text(o.what(), at.field("what")))) {
            throw Refusal.invalid(at.field("what"), "does not say what the duty and its reference say");
        }
        return obligation;
    }

    /** Version 1 named only {@code what}: the duty, its reference and the kind of case follow from the text. */
    private static Obligation version1(ObligationDoc o, At at, Codec.Settings s) {
        if (o.kind() != null || o.duty() != null || o.reference() != null) {
            throw Refusal.invalid(at, "a version 1 obligation has no kind, duty or reference");
        }
        String what = Read.text(o.what(), at.field("what"));
        for (Duty duty : Duty.values()) {
            Option<String> reference = what.equals(duty.description()) ? Option.some("")
                    : what.startsWith(duty.description() + " ") ? Option.some(what.substring(duty.description().length() + 1)) : Option.none();
            if (reference.isDefined()) {
                return new Obligation(VERSION_1_KINDS.get(duty), Read.caseId(o.caseId(), at.field("caseId")), duty,
                        reference.filter(r -> !r.isEmpty()), deadline(Read.required(o.deadline(), at.field("deadline")), at.field("deadline"), s));
            }
        }
        throw Refusal.invalid(at.field("what"), "not an obligation of version 1");
    }

    /** The kind of case each duty of version 1 belonged to. */
    private static final java.util.Map<Duty, CaseKind> VERSION_1_KINDS = java.util.Map.ofEntries(
            java.util.Map.entry(Duty.COMMITTEE_DECISION, CaseKind.SOCIAL_HOUSING), java.util.Map.entry(Duty.DELIVER_DECISION, CaseKind.SOCIAL_HOUSING),
            java.util.Map.entry(Duty.SIGN_CONTRACT, CaseKind.SOCIAL_HOUSING), java.util.Map.entry(Duty.START_USE, CaseKind.SOCIAL_HOUSING),
            java.util.Map.entry(Duty.DRAW_UP_ACTION_PLAN, CaseKind.SOCIAL_HOUSING),
            java.util.Map.entry(Duty.ASSESS_BEFORE_EXPIRY, CaseKind.SOCIAL_HOUSING),
            java.util.Map.entry(Duty.NOTIFY_FAMILY_CHANGE, CaseKind.SOCIAL_HOUSING),
            java.util.Map.entry(Duty.ASSIGN_SUPPORT_PERSON, CaseKind.PROTECTION_REFERRAL),
            java.util.Map.entry(Duty.ANSWER_INFO_REQUEST, CaseKind.PROTECTION_REFERRAL),
            java.util.Map.entry(Duty.REFERRAL_ENDS, CaseKind.PROTECTION_REFERRAL),
            java.util.Map.entry(Duty.REPORT_TO_LOCAL_GOVERNMENT, CaseKind.YOUTH_SUPPORT),
            java.util.Map.entry(Duty.ASSESS_SITUATION, CaseKind.YOUTH_SUPPORT),
            java.util.Map.entry(Duty.EVALUATE_SUBSTITUTE_HOME, CaseKind.SUBSTITUTE_HOME),
            java.util.Map.entry(Duty.STAY_ENDS, CaseKind.ACCOMMODATION_STAY));

    // ---- waiting list ---------------------------------------------------------------------------

    static final Codec<WaitingList, WaitingListDocument> WAITING_LIST = new DocumentCodec<>(
            WaitingListDocument.class, WaitingListDocument::type, WaitingListDocument::schemaVersion) {
        @Override
        public WaitingListDocument encode(String type, int version, WaitingList list, Codec.Settings s) {
            return new WaitingListDocument(type, version, new WaitingListDoc(list.id(),
                    list.entries().stream().map(e -> new EntryDoc(e.caseId().value(), e.kind().name(), Read.date(e.completedOn()),
                            Read.date(e.listedOn()), e.offer().map(u -> u.value()).getOrNull())).toList(),
                    list.changes().stream().map(c -> new ChangeDoc(Read.date(c.on()), c.caseId().value(), c.kind().name(),
                            c.detail())).toList()));
        }

        @Override
        public WaitingList decode(WaitingListDocument d, Codec.Settings s) {
            WaitingListDoc doc = Read.required(d.waitingList(), At.ROOT.field("waitingList"));
            String id = Read.text(doc.id(), At.ROOT.field("waitingList").field("id"));
            List<WaitingList.Entry> entries = Read.each(doc.entries(), At.ROOT.field("waitingList").field("entries"), (e, at) -> new WaitingList.Entry(
                    Read.caseId(e.caseId(), at.field("caseId")), Read.constant(PlacementKind.class, e.kind(), at.field("kind")),
                    Read.date(e.completedOn(), at.field("completedOn")), Read.date(e.listedOn(), at.field("listedOn")),
                    Option.of(e.offeredUnit()).map(u -> Read.unitId(u, at.field("offeredUnit")))));
            List<WaitingList.Change> changes = Read.each(doc.changes(), At.ROOT.field("waitingList").field("changes"), (c, at) -> new WaitingList.Change(
                    Read.date(c.on(), at.field("on")), Read.caseId(c.caseId(), at.field("caseId")),
                    Read.constant(WaitingList.ChangeKind.class, c.kind(), at.field("kind")), Read.text(c.detail(), at.field("detail"))));
            return Read.domain(At.ROOT.field("waitingList").field("entries"), () -> new WaitingList(id, entries, changes));
        }
    };

    // ---- housing stock --------------------------------------------------------------------------

    static final Codec<HousingStock, HousingStockDocument> HOUSING_STOCK = new DocumentCodec<>(
            HousingStockDocument.class, HousingStockDocument::type, HousingStockDocument::schemaVersion) {
        @Override
        public HousingStockDocument encode(String type, int version, HousingStock stock, Codec.Settings s) {
            return new HousingStockDocument(type, version, new HousingStockDoc(stock.id(),
                    stock.units().stream().map(u -> new UnitDoc(u.id().value(), u.kind().name(), u.dwelling(), u.room())).toList(),
                    stock.allocations().stream().map(a -> new AllocationDoc(a.unit().value(), a.caseId().value(),
                            Read.date(a.from()), Read.date(a.until()))).toList()));
        }

        @Override
        public HousingStock decode(HousingStockDocument d, Codec.Settings s) {
            HousingStockDoc doc = Read.required(d.housingStock(), At.ROOT.field("housingStock"));
            String id = Read.text(doc.id(), At.ROOT.field("housingStock").field("id"));
            List<HousingUnit> units = Read.each(doc.units(), At.ROOT.field("housingStock").field("units"), (u, at) -> Read.domain(at, () -> new HousingUnit(
                    Read.unitId(u.id(), at.field("id")), Read.constant(PlacementKind.class, u.kind(), at.field("kind")),
                    Read.text(u.dwelling(), at.field("dwelling")), Read.text(u.room(), at.field("room")))));
            List<Allocation> allocations = Read.each(doc.allocations(), At.ROOT.field("housingStock").field("allocations"), (a, at) -> Read.domain(at,
                    () -> new Allocation(Read.unitId(a.unit(), at.field("unit")), Read.caseId(a.caseId(), at.field("caseId")),
                            Read.date(a.from(), at.field("from")), Read.date(a.until(), at.field("until")))));
            return Read.domain(At.ROOT.field("housingStock"), () -> new HousingStock(id, units, allocations));
        }
    };

    // ---- household ------------------------------------------------------------------------------

    static final Codec<Household, HouseholdDocument> HOUSEHOLD = new DocumentCodec<>(
            HouseholdDocument.class, HouseholdDocument::type, HouseholdDocument::schemaVersion) {
        @Override
        public HouseholdDocument encode(String type, int version, Household household, Codec.Settings s) {
            return new HouseholdDocument(type, version, new HouseholdDoc(code(household.applicant(), s),
                    household.members().stream().map(m -> code(m, s)).toList()));
        }

        @Override
        public Household decode(HouseholdDocument d, Codec.Settings s) {
            HouseholdDoc doc = Read.required(d.household(), At.ROOT.field("household"));
            PersonalCode applicant = Read.personalCode(doc.applicant(), At.ROOT.field("household").field("applicant"));
            List<PersonalCode> members = Read.each(doc.members(), At.ROOT.field("household").field("members"), Read::personalCode);
            return Read.domain(At.ROOT.field("household").field("members"), () -> new Household(applicant, members));
        }
    };

    /** The code, or its mask in a redacted document. */
    static String code(PersonalCode code, Codec.Settings s) {
        Objects.requireNonNull(code, "code");
        return s.redacted() ? MASKED_CODE : code.value();
    }
}
