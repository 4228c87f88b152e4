package ee.hoolekanne.usecase.justice;

import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.justice.AssignVolunteerCommand;
import ee.hoolekanne.port.in.justice.AssignVolunteerUseCase;
import ee.hoolekanne.port.in.justice.EndSupportCommand;
import ee.hoolekanne.port.in.justice.EndSupportUseCase;
import ee.hoolekanne.port.in.justice.RecordContactCommand;
import ee.hoolekanne.port.in.justice.RecordContactUseCase;
import ee.hoolekanne.port.in.justice.RecordReleaseCommand;
import ee.hoolekanne.port.in.justice.RecordReleaseUseCase;
import ee.hoolekanne.port.in.justice.RequestSupportCommand;
import ee.hoolekanne.port.in.justice.RequestSupportUseCase;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.usecase.Action;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.CaseRunner;
import ee.hoolekanne.usecase.ObligationSource;
import io.vavr.control.Either;

import java.util.Objects;

/** A prisoner's support person, from the prisoner's request before release to the end (JUS-1, JUS-2), through the {@link CaseRunner}. */
public final class PrisonerSupportService implements RequestSupportUseCase, AssignVolunteerUseCase, RecordContactUseCase,
        RecordReleaseUseCase, EndSupportUseCase, ObligationSource {

    static final Action REQUEST = new Action("request a support person", Rule.JUS_1);
    static final Action ASSIGN = new Action("assign a volunteer", Rule.JUS_2);
    static final Action RECORD_CONTACT = new Action("record a contact", Rule.JUS_2);
    static final Action RECORD_RELEASE = new Action("record the release", Rule.JUS_1);
    static final Action END = new Action("end the support", Rule.JUS_1);

    private final CaseRunner<PrisonerSupport, JusticeSchedule, SupportServiceError> cases;
    private final JusticeSchedule schedule;

    /** The service over {@code cases} and the ports every service runs on, under {@code schedule} (e.g. {@link JusticeSchedule#standard()}). */
    public PrisonerSupportService(PrisonerSupportRepository cases, CasePorts kernel, JusticeSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.cases = new CaseRunner<>(CaseKind.PRISONER_SUPPORT, cases, schedule, kernel);
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, PrisonerSupport> requestSupport(RequestSupportCommand c) {
        return cases.open(REQUEST, c.caseId(), () -> Either.right(PrisonerSupport.request(c.caseId(), c.prisoner(), c.releaseDate(),
                c.requestedOn(), schedule.rules())));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, PrisonerSupport> assignVolunteer(AssignVolunteerCommand c) {
        return cases.change(ASSIGN, c.caseId(), PrisonerSupport.Requested.class,
                p -> p.assign(c.person(), c.partners(), c.on(), schedule.rules()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, PrisonerSupport> recordContact(RecordContactCommand c) {
        return cases.change(RECORD_CONTACT, c.caseId(), PrisonerSupport.Supporting.class, p -> p.recordContact(c.contact()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, PrisonerSupport> recordRelease(RecordReleaseCommand c) {
        return cases.change(RECORD_RELEASE, c.caseId(), PrisonerSupport.Supporting.class, p -> p.release(c.on()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, PrisonerSupport> endSupport(EndSupportCommand c) {
        return cases.change(END, c.caseId(), PrisonerSupport.Supporting.class, p -> Either.right(p.end(c.on(), c.reason())));
    }

    @Override
    public Either<RepositoryError, Integer> recomputeObligations() {
        return cases.recomputeObligations();
    }
}
