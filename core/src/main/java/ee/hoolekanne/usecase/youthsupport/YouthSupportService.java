package ee.hoolekanne.usecase.youthsupport;

import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.substitutecare.Project;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.youthsupport.*;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.usecase.Action;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.CaseRunner;
import ee.hoolekanne.usecase.ObligationSource;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * Support persons for youth leaving substitute care (AHT-9 .. AHT-13), from the marked need to the
 * end of the service, through the {@link CaseRunner}; a case's open obligations are its next
 * report and its yearly assessment (AHT-12).
 */
public final class YouthSupportService implements MarkNeedUseCase, PassToProviderUseCase, AssignSupportPersonUseCase,
        SignCooperationAgreementUseCase, WriteDiaryUseCase, SubmitReportUseCase, AssessSituationUseCase, EndSupportUseCase,
        ObligationSource {

    static final Action MARK_NEED = new Action("mark the need for a support person", Rule.AHT_11);
    static final Action PASS_TO_PROVIDER = new Action("pass to the region's provider", Rule.AHT_11);
    static final Action ASSIGN = new Action("assign a support person", Rule.AHT_10);
    static final Action SIGN_AGREEMENT = new Action("sign the cooperation agreement", Rule.AHT_11);
    static final Action WRITE_DIARY = new Action("write the client diary", Rule.AHT_12);
    static final Action SUBMIT_REPORT = new Action("submit a report", Rule.AHT_12);
    static final Action ASSESS = new Action("assess the situation", Rule.AHT_12);
    static final Action END = new Action("end the support", Rule.AHT_12);

    private final CaseRunner<YouthSupport, SubstituteCareSchedule, SupportServiceError> cases;
    private final ProviderDirectory providers;
    private final SubstituteCareSchedule schedule;
    private final Project project;

    /**
     * The service over {@code cases} and the ports every service runs on, with the providers by
     * county, the calendar and rules (e.g. {@link SubstituteCareSchedule#standard()}) and the
     * funding project whose period bounds the service.
     */
    public YouthSupportService(YouthSupportRepository cases, CasePorts kernel, ProviderDirectory providers,
                               SubstituteCareSchedule schedule, Project project) {
        this.providers = Objects.requireNonNull(providers, "providers");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.project = Objects.requireNonNull(project, "project");
        this.cases = new CaseRunner<>(CaseKind.YOUTH_SUPPORT, cases, schedule, kernel);
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, YouthSupport> markNeed(MarkNeedCommand c) {
        return cases.open(MARK_NEED, c.caseId(), () -> CaseRunner.refused(YouthSupport.markNeed(c.caseId(), c.youth(), c.situations(),
                c.livesIn(), c.leavingDate(), c.inAftercare(), c.markedOn(), project)));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, YouthSupport> passToProvider(PassToProviderCommand c) {
        return cases.change(PASS_TO_PROVIDER, c.caseId(), YouthSupport.NeedMarked.class, y -> y.passToProvider(providers, c.on(), project));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, YouthSupport> assignSupportPerson(AssignSupportPersonCommand c) {
        return cases.change(ASSIGN, c.caseId(), YouthSupport.WithProvider.class,
                y -> y.assign(c.person(), c.startsOn(), c.proposedBy(), schedule.rules(), project));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, YouthSupport> signCooperationAgreement(SignCooperationAgreementCommand c) {
        return cases.change(SIGN_AGREEMENT, c.caseId(), YouthSupport.Assigned.class, y -> y.signAgreement(c.agreement(), project));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, YouthSupport> writeDiary(WriteDiaryCommand c) {
        return cases.change(WRITE_DIARY, c.caseId(), YouthSupport.Cooperating.class, y -> Either.right(y.writeDiary(c.entry())));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, YouthSupport> submitReport(SubmitReportCommand c) {
        return cases.change(SUBMIT_REPORT, c.caseId(), YouthSupport.Cooperating.class, y -> y.report(c.report()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, YouthSupport> assessSituation(AssessSituationCommand c) {
        return cases.change(ASSESS, c.caseId(), YouthSupport.Cooperating.class,
                y -> y.assess(c.on(), c.continues(), schedule.calendar(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, YouthSupport> endSupport(EndSupportCommand c) {
        return cases.change(END, c.caseId(), YouthSupport.Cooperating.class, y -> Either.right(y.end(c.on(), c.reason())));
    }

    @Override
    public Either<RepositoryError, Integer> recomputeObligations() {
        return cases.recomputeObligations();
    }
}
