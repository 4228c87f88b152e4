package ee.hoolekanne.usecase.justice;

import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.justice.AdmitReleasedPrisonerCommand;
import ee.hoolekanne.port.in.justice.AdmitReleasedPrisonerUseCase;
import ee.hoolekanne.port.in.justice.DrawUpActionPlanCommand;
import ee.hoolekanne.port.in.justice.DrawUpActionPlanUseCase;
import ee.hoolekanne.port.in.justice.ExpireStayCommand;
import ee.hoolekanne.port.in.justice.ExpireStayUseCase;
import ee.hoolekanne.port.in.justice.ExtendStayCommand;
import ee.hoolekanne.port.in.justice.ExtendStayUseCase;
import ee.hoolekanne.port.in.justice.LeaveAccommodationCommand;
import ee.hoolekanne.port.in.justice.LeaveAccommodationUseCase;
import ee.hoolekanne.port.in.justice.RecordDeliveryCommand;
import ee.hoolekanne.port.in.justice.RecordDeliveryUseCase;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.usecase.Action;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.CaseRunner;
import ee.hoolekanne.usecase.ObligationSource;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * Accommodation for released prisoners, from admission to leaving (JUS-3 .. JUS-7), through the
 * {@link CaseRunner}: a stay's end (JUS-5) is its open obligation until it is extended, left or
 * ended at its term.
 */
public final class AccommodationService implements RecordDeliveryUseCase, AdmitReleasedPrisonerUseCase, DrawUpActionPlanUseCase, ExtendStayUseCase,
        LeaveAccommodationUseCase, ExpireStayUseCase, ObligationSource {

    static final Action RECORD_DELIVERY = new Action("record the delivery of a decision", Rule.HMS_6);
    static final Action ADMIT = new Action("admit a released prisoner", Rule.JUS_3);
    static final Action DRAW_UP_PLAN = new Action("draw up the action plan", Rule.JUS_4);
    static final Action EXTEND = new Action("extend the stay", Rule.JUS_5);
    static final Action LEAVE = new Action("record leaving", Rule.JUS_5);
    static final Action EXPIRE = new Action("end the stay at its last day", Rule.JUS_5);

    private final CaseRunner<ReleasedAccommodation, JusticeSchedule, SupportServiceError> stays;
    private final JusticeSchedule schedule;

    /** The service over {@code stays} and the ports every service runs on, under {@code schedule}. */
    public AccommodationService(ReleasedAccommodationRepository stays, CasePorts kernel, JusticeSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.stays = new CaseRunner<>(CaseKind.ACCOMMODATION_STAY, stays, schedule, kernel);
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> admitReleasedPrisoner(AdmitReleasedPrisonerCommand c) {
        return stays.open(ADMIT, c.caseId(), () -> CaseRunner.refused(ReleasedAccommodation.admit(c.caseId(), c.person(), c.need(),
                c.releasedOn(), c.provider(), c.unit(), c.activities(), c.admittedOn(), schedule.rules())));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> drawUpActionPlan(DrawUpActionPlanCommand c) {
        return stays.change(DRAW_UP_PLAN, c.caseId(), ReleasedAccommodation.Staying.class,
                a -> a.drawUpActionPlan(c.draft(), c.aimsAtPermanentJob(), c.aimsAtPermanentDwelling(), c.helpedBy()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> extendStay(ExtendStayCommand c) {
        return stays.change(EXTEND, c.caseId(), ReleasedAccommodation.Staying.class, a -> CaseRunner.<SupportServiceError>lawful(c.decision(),
                schedule.procedureOn(c.decision().madeOn()), SupportServiceError.DefectiveDecision::new, SupportServiceError.NoProcedure::new)
                .flatMap(a::extend));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> leaveAccommodation(LeaveAccommodationCommand c) {
        return stays.change(LEAVE, c.caseId(), ReleasedAccommodation.Staying.class, a -> a.leave(c.on(), c.reason()));
    }

    @Override
    public Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> expireStay(ExpireStayCommand c) {
        return stays.change(EXPIRE, c.caseId(), ReleasedAccommodation.Staying.class, a -> a.expire(c.today()));
    }

    @Override
    public Either<RepositoryError, Integer> recomputeObligations() {
        return stays.recomputeObligations();
    }

    /** HMS-6: a decision's notification is recorded; the challenge terms run from its date. */
    @Override
    public Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> recordDelivery(RecordDeliveryCommand c) {
        return stays.change(RECORD_DELIVERY, c.caseId(), ReleasedAccommodation.class, x -> x.recordDelivery(c.decisionId(), c.delivery()));
    }
}
