package ee.hoolekanne.adapter.json;

import ee.hoolekanne.adapter.json.ProtectionDocs.AssignmentDoc;
import ee.hoolekanne.adapter.json.ProtectionDocs.InfoRequestDoc;
import ee.hoolekanne.adapter.json.ProtectionDocs.LanguageDoc;
import ee.hoolekanne.adapter.json.ProtectionDocs.MeetingDoc;
import ee.hoolekanne.adapter.json.ProtectionDocs.NeedDoc;
import ee.hoolekanne.adapter.json.ProtectionDocs.NoticeDoc;
import ee.hoolekanne.adapter.json.ProtectionDocs.ProtectionReferralDocument;
import ee.hoolekanne.adapter.json.ProtectionDocs.ReferralDoc;
import ee.hoolekanne.adapter.json.ProtectionDocs.ReportDoc;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.protection.ChangeNotice;
import ee.hoolekanne.domain.protection.EndReason;
import ee.hoolekanne.domain.protection.InfoRequest;
import ee.hoolekanne.domain.protection.NeedArea;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The protection support-person referral in every state (RVK-1 .. RVK-10), both ways. */
final class ProtectionCodec extends DocumentCodec<ProtectionReferral, ProtectionReferralDocument> {

    static final ProtectionCodec INSTANCE = new ProtectionCodec();

    /** The state-specific fields each state has; every other one must be absent. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "Referred", Set.of(),
            "WithProvider", Set.of("provider", "receivedOn"),
            "Assigned", Set.of("provider", "receivedOn", "assignment"),
            "CaseManagerContacted", Set.of("provider", "receivedOn", "assignment", "caseManagerContactedOn"),
            "Active", Set.of("provider", "assignment", "meeting", "infoRequests", "changeNotices", "reports", "evaluations"),
            "Ended", Set.of("assignment", "endReason", "statedReason", "endedOn"));

    private ProtectionCodec() {
        super(ProtectionReferralDocument.class, ProtectionReferralDocument::type, ProtectionReferralDocument::schemaVersion);
    }


    @Override
    public ProtectionReferralDocument encode(String type, int version, ProtectionReferral r, Settings s) {
        String provider = null;
        String receivedOn = null;
        AssignmentDoc assignment = null;
        String contactedOn = null;
        MeetingDoc meeting = null;
        List<InfoRequestDoc> requests = null;
        List<NoticeDoc> notices = null;
        List<ReportDoc> reports = null;
        List<ApplicationDocs.EvaluationDoc> evaluations = null;
        String endReason = null;
        String statedReason = null;
        String endedOn = null;
        switch (r) {
            case ProtectionReferral.Referred x -> {
            }
            case ProtectionReferral.WithProvider x -> {
                provider = x.provider().value();
                receivedOn = Read.date(x.receivedOn());
            }
            case ProtectionReferral.Assigned x -> {
                provider = x.provider().value();
                receivedOn = Read.date(x.receivedOn());
                assignment = assignmentDoc(x.assignment());
            }
            case ProtectionReferral.CaseManagerContacted x -> {
                provider = x.provider().value();
                receivedOn = Read.date(x.receivedOn());
                assignment = assignmentDoc(x.assignment());
                contactedOn = Read.date(x.caseManagerContactedOn());
            }
            case ProtectionReferral.Active x -> {
                provider = x.provider().value();
                assignment = assignmentDoc(x.assignment());
                meeting = new MeetingDoc(Read.date(x.meeting().heldOn()), x.meeting().fitConfirmed(), x.meeting().goals());
                requests = x.infoRequests().stream().map(q -> new InfoRequestDoc(q.number(), Read.date(q.receivedOn()),
                        q.answeredOn().map(Read::date).getOrNull())).toList();
                notices = x.changeNotices().stream().map(n -> new NoticeDoc(Read.date(n.observedOn()), Read.date(n.notifiedOn()),
                        n.improvement(), n.description())).toList();
                reports = x.reports().stream().map(p -> new ReportDoc(Read.date(p.submittedOn()), p.summary())).toList();
                evaluations = x.evaluations().stream().map(e -> new ApplicationDocs.EvaluationDoc(e.kind().name(), e.status().name(),
                        e.evidence(), e.evaluator(), Read.date(e.date()))).toList();
            }
            case ProtectionReferral.Ended x -> {
                assignment = x.assignment().map(ProtectionCodec::assignmentDoc).getOrNull();
                endReason = x.reason().name();
                statedReason = x.statedReason().getOrNull();
                endedOn = Read.date(x.endedOn());
            }
        }
        Household client = r.client();
        NeedAssessment need = r.needAssessment();
        ServiceLanguage language = r.language();
        return new ProtectionReferralDocument(type, version, new ReferralDoc(r.id().value(), r.state(),
                new Docs.HouseholdDoc(Codecs.code(client.applicant(), s), client.members().stream().map(m -> Codecs.code(m, s)).toList()),
                r.protection().name(), new NeedDoc(Read.date(need.assessedOn()), need.localGovernment(),
                        s.redacted() ? null : need.problems().stream().map(Enum::name).sorted().toList(), need.otherServices(), need.duplicates(),
                        need.greaterNeed()),
                ApplicationCodec.decision(r.referralDecision(), s),
                new LanguageDoc(language.language().name(), language.otherLanguage().getOrNull(), language.interpreter()),
                r.funding().name(), provider, receivedOn, assignment, contactedOn, meeting, requests, notices, reports, evaluations,
                endReason, statedReason, endedOn));
    }

    static AssignmentDoc assignmentDoc(Assignment a) {
        return new AssignmentDoc(a.supportPerson().value(), a.kind().name(), a.provider().value(), Read.date(a.from()));
    }

    @Override
    public ProtectionReferral decode(ProtectionReferralDocument document, Settings s) {
        boolean first = document.schemaVersion() == 1;
        At at = At.ROOT.field("referral");
        ReferralDoc d = Read.required(document.referral(), at);
        String state = Read.text(d.state(), at.field("state"));
        Set<String> allowed = FIELDS.get(state);
        if (allowed == null) {
            throw Refusal.invalid(at.field("state"), "not one of " + FIELDS.keySet().stream().sorted().toList());
        }
        Object[][] fields = {{"provider", d.provider()}, {"receivedOn", d.receivedOn()}, {"assignment", d.assignment()},
                {"caseManagerContactedOn", d.caseManagerContactedOn()}, {"meeting", d.meeting()}, {"infoRequests", d.infoRequests()},
                {"changeNotices", d.changeNotices()}, {"reports", d.reports()}, {"evaluations", d.evaluations()},
                {"endReason", d.endReason()}, {"statedReason", d.statedReason()}, {"endedOn", d.endedOn()}};
        Read.onlyFields(at, state, allowed, fields, "referral");
        Docs.HouseholdDoc h = Read.required(d.client(), at.field("client"));
        PersonalCode applicant = Read.personalCode(h.applicant(), at.field("client").field("applicant"));
        List<PersonalCode> members = Read.each(h.members(), at.field("client").field("members"), Read::personalCode);
        NeedDoc n = Read.required(d.needAssessment(), at.field("needAssessment"));
        LanguageDoc l = Read.required(d.language(), at.field("language"));
        At na = at.field("needAssessment");
        At la = at.field("language");
        ProtectionReferral.Common common = new ProtectionReferral.Common(Read.caseId(d.id(), at.field("id")),
                Read.domain(at.field("client").field("members"), () -> new Household(applicant, members)),
                Read.constant(ProtectionStatus.class, d.protection(), at.field("protection")),
                need(n, first, na),
                ApplicationCodec.decision(Read.required(d.decision(), at.field("decision")), at.field("decision")),
                Read.domain(la, () -> new ServiceLanguage(Read.constant(Language.class, l.language(), la.field("language")),
                        Option.of(l.otherLanguage()), Read.required(l.interpreter(), la.field("interpreter")))),
                Read.constant(FundingSource.class, d.funding(), at.field("funding")));
        Either<SupportServiceError, ProtectionReferral> built = switch (state) {
            case "Referred" -> ProtectionReferral.Reconstitute.referred(common);
            case "WithProvider" -> ProtectionReferral.Reconstitute.withProvider(common, provider(d, at), Read.date(d.receivedOn(), at.field("receivedOn")));
            case "Assigned" -> ProtectionReferral.Reconstitute.assigned(common, provider(d, at), Read.date(d.receivedOn(), at.field("receivedOn")),
                    assignment(Read.required(d.assignment(), at.field("assignment")), at.field("assignment")));
            case "CaseManagerContacted" -> ProtectionReferral.Reconstitute.caseManagerContacted(common, provider(d, at),
                    Read.date(d.receivedOn(), at.field("receivedOn")), assignment(Read.required(d.assignment(), at.field("assignment")), at.field("assignment")),
                    Read.date(d.caseManagerContactedOn(), at.field("caseManagerContactedOn")));
            case "Active" -> {
                MeetingDoc m = Read.required(d.meeting(), at.field("meeting"));
                At ma = at.field("meeting");
                yield ProtectionReferral.Reconstitute.active(common, provider(d, at),
                        assignment(Read.required(d.assignment(), at.field("assignment")), at.field("assignment")),
                        Read.domain(ma, () -> new ThreePartyMeeting(Read.date(m.heldOn(), ma.field("heldOn")),
                                Read.required(m.fitConfirmed(), ma.field("fitConfirmed")), Read.each(m.goals(), ma.field("goals"), Read::text))),
                        Read.each(d.infoRequests(), at.field("infoRequests"), (q, p) -> Read.domain(p, () -> new InfoRequest(
                                Read.required(q.number(), p.field("number")), Read.date(q.receivedOn(), p.field("receivedOn")),
                                Option.of(q.answeredOn()).map(x -> Read.date(x, p.field("answeredOn")))))),
                        Read.each(d.changeNotices(), at.field("changeNotices"), (c, p) -> Read.domain(p, () -> new ChangeNotice(
                                Read.date(c.observedOn(), p.field("observedOn")), Read.date(c.notifiedOn(), p.field("notifiedOn")),
                                Read.required(c.improvement(), p.field("improvement")), Read.text(c.description(), p.field("description"))))),
                        Read.each(d.reports(), at.field("reports"), (x, p) -> Read.domain(p, () -> new Report(
                                Read.date(x.submittedOn(), p.field("submittedOn")), Read.text(x.summary(), p.field("summary"))))),
                        Read.each(d.evaluations(), at.field("evaluations"), (e, p) -> Read.domain(p, () -> new Evaluation(
                                Read.constant(Evaluation.Kind.class, e.kind(), p.field("kind")), Read.constant(GoalStatus.class, e.status(), p.field("status")),
                                Read.text(e.evidence(), p.field("evidence")), Read.text(e.evaluator(), p.field("evaluator")),
                                Read.date(e.date(), p.field("date"))))));
            }
            case "Ended" -> ProtectionReferral.Reconstitute.ended(common, Read.constant(EndReason.class, d.endReason(), at.field("endReason")),
                    Option.of(d.statedReason()), Read.date(d.endedOn(), at.field("endedOn")),
                    Option.of(d.assignment()).map(a -> assignment(a, at.field("assignment"))));
            default -> throw Refusal.invalid(at.field("state"), "unknown state");
        };
        return built.getOrElseThrow(e -> Refusal.invalid(at, "not a valid " + state + " referral: " + e.message()));
    }

    /**
     * RVK-1, RVK-2: version 2 names the problems and whether the need is greater. Version 1 named
     * neither: its problems are unknown (an empty set) and a referral it holds alongside other
     * services was accepted as needed alongside them (greater need), as the library then allowed.
     */
    private static NeedAssessment need(NeedDoc n, boolean first, At na) {
        if (first && (n.problems() != null || n.greaterNeed() != null)) {
            throw Refusal.invalid(na.field(n.problems() != null ? "problems" : "greaterNeed"), "not in schema version 1");
        }
        List<String> others = Read.each(n.otherServices(), na.field("otherServices"), Read::text);
        Set<NeedArea> problems = first ? Set.of() : Set.copyOf(Read.each(n.problems(), na.field("problems"),
                (x, p) -> Read.constant(NeedArea.class, x, p)));
        boolean greater = first ? !others.isEmpty() : Read.required(n.greaterNeed(), na.field("greaterNeed"));
        return Read.domain(na, () -> new NeedAssessment(Read.date(n.assessedOn(), na.field("assessedOn")),
                Read.text(n.localGovernment(), na.field("localGovernment")), problems, others,
                Read.required(n.duplicates(), na.field("duplicates")), greater));
    }

    private static ProviderId provider(ReferralDoc d, At at) {
        return Read.domain(at.field("provider"), () -> new ProviderId(Read.text(d.provider(), at.field("provider"))));
    }

    static Assignment assignment(AssignmentDoc a, At at) {
        return Read.domain(at, () -> new Assignment(new SupportPersonId(Read.text(a.supportPerson(), at.field("supportPerson"))),
                Read.constant(SupportPersonKind.class, a.kind(), at.field("kind")),
                new ProviderId(Read.text(a.provider(), at.field("provider"))), Read.date(a.from(), at.field("from"))));
    }
}
