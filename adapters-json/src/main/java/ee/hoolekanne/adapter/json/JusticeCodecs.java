package ee.hoolekanne.adapter.json;

import ee.hoolekanne.adapter.json.JusticeDocs.AccommodationDocument;
import ee.hoolekanne.adapter.json.JusticeDocs.ContactDoc;
import ee.hoolekanne.adapter.json.JusticeDocs.PrisonerSupportDoc;
import ee.hoolekanne.adapter.json.JusticeDocs.PrisonerSupportDocument;
import ee.hoolekanne.adapter.json.JusticeDocs.StayDoc;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.Contact;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The justice services' codecs (JUS-1 .. JUS-7). */
final class JusticeCodecs {

    private JusticeCodecs() {
    }

    /** A prisoner's support-person case, every state (JUS-1, JUS-2). */
    static final Codec<PrisonerSupport, PrisonerSupportDocument> PRISONER_SUPPORT = new DocumentCodec<>(
            PrisonerSupportDocument.class, PrisonerSupportDocument::type, PrisonerSupportDocument::schemaVersion) {
        private static final Map<String, Set<String>> FIELDS = Map.of("Requested", Set.of(),
                "Supporting", Set.of("assignment", "contacts", "releasedOn"),
                "Ended", Set.of("assignment", "contacts", "endedOn", "reason"));


        @Override
        public PrisonerSupportDocument encode(String type, int version, PrisonerSupport p, Settings s) {
            String state;
            ProtectionDocs.AssignmentDoc assignment = null;
            List<ContactDoc> contacts = null;
            String releasedOn = null;
            String endedOn = null;
            String reason = null;
            switch (p) {
                case PrisonerSupport.Requested x -> state = "Requested";
                case PrisonerSupport.Supporting x -> {
                    state = "Supporting";
                    assignment = ProtectionCodec.assignmentDoc(x.assignment());
                    contacts = contacts(x.contacts());
                    releasedOn = x.releasedOn().map(Read::date).getOrNull();
                }
                case PrisonerSupport.Ended x -> {
                    state = "Ended";
                    assignment = ProtectionCodec.assignmentDoc(x.assignment());
                    contacts = contacts(x.contacts());
                    endedOn = Read.date(x.endedOn());
                    reason = x.reason();
                }
            }
            return new PrisonerSupportDocument(type, version, new PrisonerSupportDoc(p.id().value(), state, Codecs.code(p.prisoner(), s),
                    Read.date(p.releaseDate()), Read.date(p.requestedOn()), p.funding().name(), assignment, contacts, releasedOn,
                    endedOn, reason));
        }

        private List<ContactDoc> contacts(List<Contact> contacts) {
            return contacts.stream().map(c -> new ContactDoc(Read.date(c.on()), c.party().name(), c.note())).toList();
        }

        @Override
        public PrisonerSupport decode(PrisonerSupportDocument document, Settings s) {
            At at = At.ROOT.field("prisonerSupport");
            PrisonerSupportDoc d = Read.required(document.prisonerSupport(), at);
            String state = Read.text(d.state(), at.field("state"));
            Set<String> allowed = FIELDS.get(state);
            if (allowed == null) {
                throw Refusal.invalid(at.field("state"), "not one of " + FIELDS.keySet().stream().sorted().toList());
            }
            Read.onlyFields(at, state, allowed, new Object[][]{{"assignment", d.assignment()}, {"contacts", d.contacts()},
                    {"releasedOn", d.releasedOn()}, {"endedOn", d.endedOn()}, {"reason", d.reason()}}, "case");
            CaseId id = Read.caseId(d.id(), at.field("id"));
            PersonalCode prisoner = Read.personalCode(d.prisoner(), at.field("prisoner"));
            LocalDate release = Read.date(d.releaseDate(), at.field("releaseDate"));
            LocalDate requested = Read.date(d.requestedOn(), at.field("requestedOn"));
            FundingSource funding = Read.constant(FundingSource.class, d.funding(), at.field("funding"));
            Either<SupportServiceError, PrisonerSupport> built = switch (state) {
                case "Requested" -> PrisonerSupport.Reconstitute.requested(id, prisoner, release, requested, funding);
                case "Supporting" -> PrisonerSupport.Reconstitute.supporting(id, prisoner, release, requested, funding,
                        ProtectionCodec.assignment(Read.required(d.assignment(), at.field("assignment")), at.field("assignment")),
                        contacts(d.contacts(), at.field("contacts")), Option.of(d.releasedOn()).map(x -> Read.date(x, at.field("releasedOn"))));
                default -> PrisonerSupport.Reconstitute.ended(id, prisoner, release, requested, funding,
                        ProtectionCodec.assignment(Read.required(d.assignment(), at.field("assignment")), at.field("assignment")),
                        contacts(d.contacts(), at.field("contacts")), Read.date(d.endedOn(), at.field("endedOn")),
                        Read.text(d.reason(), at.field("reason")));
            };
            return built.getOrElseThrow(e -> Refusal.invalid(at, "not a valid " + state + " case: " + e.message()));
        }

        private List<Contact> contacts(List<ContactDoc> contacts, At at) {
            return Read.each(contacts, at, (c, p) -> Read.domain(p, () -> new Contact(Read.date(c.on(), p.field("on")),
                    Read.constant(Contact.Party.class, c.party(), p.field("party")), Read.text(c.note(), p.field("note")))));
        }
    };

    /** A released prisoner's accommodation stay, every state (JUS-3 .. JUS-7). */
    static final Codec<ReleasedAccommodation, AccommodationDocument> ACCOMMODATION = new DocumentCodec<>(
            AccommodationDocument.class, AccommodationDocument::type, AccommodationDocument::schemaVersion) {
        private static final Map<String, Set<String>> FIELDS = Map.of(
                "Staying", Set.of("activities", "until", "actionPlan", "planHelper"),
                "Left", Set.of("leftOn", "reason"));


        @Override
        public AccommodationDocument encode(String type, int version, ReleasedAccommodation a, Settings s) {
            String state;
            List<Decision> extensions;
            List<String> activities = null;
            String until = null;
            ApplicationDocs.ActionPlanDoc plan = null;
            String helper = null;
            String leftOn = null;
            String reason = null;
            switch (a) {
                case ReleasedAccommodation.Staying x -> {
                    state = "Staying";
                    extensions = x.extensions();
                    activities = x.activities().stream().map(Enum::name).sorted().toList();
                    until = Read.date(x.until());
                    plan = x.actionPlan().map(ApplicationCodec::plan).getOrNull();
                    helper = x.planHelper().map(SupportPersonId::value).getOrNull();
                }
                case ReleasedAccommodation.Left x -> {
                    state = "Left";
                    extensions = x.extensions();
                    leftOn = Read.date(x.leftOn());
                    reason = x.reason();
                }
            }
            return new AccommodationDocument(type, version, new StayDoc(a.id().value(), state, Codecs.code(a.person(), s),
                    a.provider().value(), a.unit().value(), Read.date(a.admittedOn()), a.funding().name(),
                    extensions.stream().map(x -> ApplicationCodec.decision(x, s)).toList(), activities, until, plan, helper, leftOn, reason));
        }

        @Override
        public ReleasedAccommodation decode(AccommodationDocument document, Settings s) {
            At at = At.ROOT.field("stay");
            StayDoc d = Read.required(document.stay(), at);
            String state = Read.text(d.state(), at.field("state"));
            Set<String> allowed = FIELDS.get(state);
            if (allowed == null) {
                throw Refusal.invalid(at.field("state"), "not one of " + FIELDS.keySet().stream().sorted().toList());
            }
            Read.onlyFields(at, state, allowed, new Object[][]{{"activities", d.activities()}, {"until", d.until()},
                    {"actionPlan", d.actionPlan()}, {"planHelper", d.planHelper()}, {"leftOn", d.leftOn()}, {"reason", d.reason()}}, "stay");
            CaseId id = Read.caseId(d.id(), at.field("id"));
            PersonalCode person = Read.personalCode(d.person(), at.field("person"));
            ProviderId provider = Read.domain(at.field("provider"), () -> new ProviderId(Read.text(d.provider(), at.field("provider"))));
            UnitId unit = Read.unitId(d.unit(), at.field("unit"));
            LocalDate admitted = Read.date(d.admittedOn(), at.field("admittedOn"));
            FundingSource funding = Read.constant(FundingSource.class, d.funding(), at.field("funding"));
            List<Decision> extensions = Read.each(d.extensions(), at.field("extensions"), ApplicationCodec::decision);
            Either<SupportServiceError, ReleasedAccommodation> built;
            if (state.equals("Staying")) {
                Set<SupportingActivity> activities = EnumSet.noneOf(SupportingActivity.class);
                activities.addAll(Read.each(d.activities(), at.field("activities"), (x, p) -> Read.constant(SupportingActivity.class, x, p)));
                built = ReleasedAccommodation.Reconstitute.staying(id, person, provider, unit, admitted, funding, activities,
                        Read.date(d.until(), at.field("until")), Option.of(d.actionPlan()).map(p -> ApplicationCodec.plan(p, at.field("actionPlan"))),
                        Option.of(d.planHelper()).map(h -> Read.domain(at.field("planHelper"), () -> new SupportPersonId(h))), extensions);
            } else {
                built = ReleasedAccommodation.Reconstitute.left(id, person, provider, unit, admitted, funding,
                        Read.date(d.leftOn(), at.field("leftOn")), Read.text(d.reason(), at.field("reason")), extensions);
            }
            return built.getOrElseThrow(e -> Refusal.invalid(at, "not a valid " + state + " stay: " + e.message()));
        }
    };
}
