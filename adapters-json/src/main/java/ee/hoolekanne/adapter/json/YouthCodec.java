package ee.hoolekanne.adapter.json;

import ee.hoolekanne.adapter.json.ProtectionDocs.AssignmentDoc;
import ee.hoolekanne.adapter.json.ProtectionDocs.LanguageDoc;
import ee.hoolekanne.adapter.json.ProtectionDocs.ReportDoc;
import ee.hoolekanne.adapter.json.YouthDocs.AgreementDoc;
import ee.hoolekanne.adapter.json.YouthDocs.DiaryDoc;
import ee.hoolekanne.adapter.json.YouthDocs.YouthDoc;
import ee.hoolekanne.adapter.json.YouthDocs.YouthSupportDocument;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.Proposer;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.domain.supportperson.CooperationAgreement;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.DiaryEntry;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A youth leaving care and their support person, every state (AHT-9 .. AHT-13), both ways. */
final class YouthCodec extends DocumentCodec<YouthSupport, YouthSupportDocument> {

    static final YouthCodec INSTANCE = new YouthCodec();

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "NeedMarked", Set.of("markedOn"),
            "WithProvider", Set.of("provider", "passedOn"),
            "Assigned", Set.of("provider", "assignment", "proposedBy"),
            "Cooperating", Set.of("provider", "assignment", "proposedBy", "agreement", "diary", "reports", "assessments"),
            "Ended", Set.of("assignment", "proposedBy", "endedOn", "reason"));

    private YouthCodec() {
        super(YouthSupportDocument.class, YouthSupportDocument::type, YouthSupportDocument::schemaVersion);
    }


    @Override
    public YouthSupportDocument encode(String type, int version, YouthSupport y, Settings s) {
        String markedOn = null;
        String provider = null;
        String passedOn = null;
        AssignmentDoc assignment = null;
        AgreementDoc agreement = null;
        List<DiaryDoc> diary = null;
        List<ReportDoc> reports = null;
        List<String> assessments = null;
        String endedOn = null;
        String reason = null;
        String proposedBy = null;
        switch (y) {
            case YouthSupport.NeedMarked x -> markedOn = Read.date(x.markedOn());
            case YouthSupport.WithProvider x -> {
                provider = x.provider().value();
                passedOn = Read.date(x.passedOn());
            }
            case YouthSupport.Assigned x -> {
                provider = x.provider().value();
                assignment = ProtectionCodec.assignmentDoc(x.assignment());
                proposedBy = x.proposedBy().map(Enum::name).getOrNull();
            }
            case YouthSupport.Cooperating x -> {
                provider = x.provider().value();
                assignment = ProtectionCodec.assignmentDoc(x.assignment());
                CooperationAgreement a = x.agreement();
                agreement = new AgreementDoc(Read.date(a.signedOn()), a.goals(), a.communicationPrinciples(), a.confidentialityPrinciples(),
                        new LanguageDoc(a.language().language().name(), a.language().otherLanguage().getOrNull(), a.language().interpreter()));
                diary = x.diary().stream().map(e -> new DiaryDoc(Read.date(e.on()), e.note())).toList();
                reports = x.reports().stream().map(p -> new ReportDoc(Read.date(p.submittedOn()), p.summary())).toList();
                assessments = x.assessments().stream().map(Read::date).toList();
                proposedBy = x.proposedBy().map(Enum::name).getOrNull();
            }
            case YouthSupport.Ended x -> {
                assignment = ProtectionCodec.assignmentDoc(x.assignment());
                endedOn = Read.date(x.endedOn());
                reason = x.reason();
                proposedBy = x.proposedBy().map(Enum::name).getOrNull();
            }
        }
        return new YouthSupportDocument(type, version, new YouthDoc(y.id().value(), y.state(), Codecs.code(y.youth(), s),
                y.situations().stream().map(Enum::name).sorted().toList(), y.livesIn().name(), Read.date(y.leavingDate()), y.inAftercare(),
                markedOn, provider, passedOn, assignment, agreement, diary, reports, assessments, endedOn, reason, proposedBy));
    }

    @Override
    public YouthSupport decode(YouthSupportDocument document, Settings s) {
        boolean first = document.schemaVersion() == 1;
        At at = At.ROOT.field("youthSupport");
        YouthDoc d = Read.required(document.youthSupport(), at);
        String state = Read.text(d.state(), at.field("state"));
        Set<String> allowed = FIELDS.get(state);
        if (allowed == null) {
            throw Refusal.invalid(at.field("state"), "not one of " + FIELDS.keySet().stream().sorted().toList());
        }
        Object[][] fields = {{"markedOn", d.markedOn()}, {"provider", d.provider()}, {"passedOn", d.passedOn()},
                {"assignment", d.assignment()}, {"agreement", d.agreement()}, {"diary", d.diary()}, {"reports", d.reports()},
                {"assessments", d.assessments()}, {"endedOn", d.endedOn()}, {"reason", d.reason()}, {"proposedBy", d.proposedBy()}};
        if (first && d.proposedBy() != null) {
            throw Refusal.invalid(at.field("proposedBy"), "not in schema version 1");
        }
        Option<Proposer> proposedBy = Option.of(d.proposedBy()).map(x -> Read.constant(Proposer.class, x, at.field("proposedBy")));
        Read.onlyFields(at, state, allowed, fields, "case");
        Set<YouthSituation> situations = EnumSet.noneOf(YouthSituation.class);
        situations.addAll(Read.each(d.situations(), at.field("situations"), (x, p) -> Read.constant(YouthSituation.class, x, p)));
        YouthSupport.Common common = new YouthSupport.Common(Read.caseId(d.id(), at.field("id")),
                Read.personalCode(d.youth(), at.field("youth")), situations,
                Read.constant(County.class, d.livesIn(), at.field("livesIn")), Read.date(d.leavingDate(), at.field("leavingDate")),
                Read.required(d.inAftercare(), at.field("inAftercare")));
        Either<SupportServiceError, YouthSupport> built = switch (state) {
            case "NeedMarked" -> YouthSupport.Reconstitute.needMarked(common, Read.date(d.markedOn(), at.field("markedOn")));
            case "WithProvider" -> YouthSupport.Reconstitute.withProvider(common, provider(d, at), Read.date(d.passedOn(), at.field("passedOn")));
            case "Assigned" -> YouthSupport.Reconstitute.assigned(common, provider(d, at), assignment(d.assignment(), at.field("assignment")),
                    proposedBy);
            case "Cooperating" -> {
                AgreementDoc a = Read.required(d.agreement(), at.field("agreement"));
                At aa = at.field("agreement");
                LanguageDoc l = Read.required(a.language(), aa.field("language"));
                At la = aa.field("language");
                yield YouthSupport.Reconstitute.cooperating(common, provider(d, at), assignment(d.assignment(), at.field("assignment")), proposedBy,
                        Read.domain(aa, () -> new CooperationAgreement(Read.date(a.signedOn(), aa.field("signedOn")),
                                Read.each(a.goals(), aa.field("goals"), Read::text), Read.text(a.communicationPrinciples(), aa.field("communicationPrinciples")),
                                Read.text(a.confidentialityPrinciples(), aa.field("confidentialityPrinciples")),
                                Read.domain(la, () -> new ServiceLanguage(Read.constant(Language.class, l.language(), la.field("language")),
                                        Option.of(l.otherLanguage()), Read.required(l.interpreter(), la.field("interpreter")))))),
                        Read.each(d.diary(), at.field("diary"), (e, p) -> Read.domain(p, () -> new DiaryEntry(Read.date(e.on(), p.field("on")),
                                Read.text(e.note(), p.field("note"))))),
                        Read.each(d.reports(), at.field("reports"), (x, p) -> Read.domain(p, () -> new Report(
                                Read.date(x.submittedOn(), p.field("submittedOn")), Read.text(x.summary(), p.field("summary"))))),
                        Read.each(d.assessments(), at.field("assessments"), Read::date));
            }
            case "Ended" -> YouthSupport.Reconstitute.ended(common, Read.date(d.endedOn(), at.field("endedOn")),
                    Read.text(d.reason(), at.field("reason")), assignment(d.assignment(), at.field("assignment")), proposedBy);
            default -> throw Refusal.invalid(at.field("state"), "unknown state");
        };
        return built.getOrElseThrow(e -> Refusal.invalid(at, "not a valid " + state + " case: " + e.message()));
    }

    private static ProviderId provider(YouthDoc d, At at) {
        return Read.domain(at.field("provider"), () -> new ProviderId(Read.text(d.provider(), at.field("provider"))));
    }

    private static Assignment assignment(AssignmentDoc a, At at) {
        Read.required(a, at);
        return ProtectionCodec.assignment(a, at);
    }
}
