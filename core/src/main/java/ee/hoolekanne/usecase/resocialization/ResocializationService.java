package ee.hoolekanne.usecase.resocialization;

import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.RemedyTerm;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.resocialization.Exit;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.resocialization.*;
import ee.hoolekanne.port.in.resocialization.LeaveUnprocessedCommand;
import ee.hoolekanne.port.in.resocialization.LeaveUnprocessedUseCase;
import ee.hoolekanne.port.in.resocialization.ReadCaseCommand;
import ee.hoolekanne.port.in.resocialization.ReadCaseUseCase;
import ee.hoolekanne.port.in.resocialization.RecordDeliveryCommand;
import ee.hoolekanne.port.in.resocialization.RecordDeliveryUseCase;
import ee.hoolekanne.port.in.resocialization.SetRemedyTermCommand;
import ee.hoolekanne.port.in.resocialization.SetRemedyTermUseCase;
import ee.hoolekanne.port.in.resocialization.SupplementApplicationCommand;
import ee.hoolekanne.port.in.resocialization.SupplementApplicationUseCase;
import ee.hoolekanne.port.out.PopulationRegister;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.usecase.Action;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.CaseRunner;
import ee.hoolekanne.usecase.ObligationSource;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * Resocialization in Tallinn (RES-1 .. RES-11) through its use cases and the {@link CaseRunner}:
 * the application (filed at the district of the registered residence, RES-6, asked of the
 * population register), the decision, the stages from the shelter to independent life (a resident
 * of a social housing unit may go straight to independent life, RES-5), a move back and leaving
 * the pathway (RES-11), the action plan, the laundry and the monthly statement (RES-10).
 */
public final class ResocializationService implements ReadCaseUseCase, RecordDeliveryUseCase, SubmitApplicationUseCase, SupplementApplicationUseCase, SetRemedyTermUseCase,
        LeaveUnprocessedUseCase, GrantServiceUseCase, RefuseApplicationUseCase,
        DrawUpActionPlanUseCase, EvaluateGoalUseCase, RecordLaundryUseUseCase, MoveToNextStageUseCase,
        MoveToIndependentLifeUseCase, MoveBackUseCase, LeavePathwayUseCase, IssueStatementUseCase, ObligationSource {

    static final Action READ_CASE = new Action("read the case", Rule.TSM_18);
    static final Action RECORD_DELIVERY = new Action("record the delivery of a decision", Rule.HMS_6);
    static final Action SUBMIT = new Action("submit the application", Rule.RES_7);
    static final Action SUPPLEMENT = new Action("supplement the application", Rule.RES_7);
    static final Action SET_REMEDY_TERM = new Action("set a term to remedy the application", Rule.HMS_1);
    static final Action LEAVE_UNPROCESSED = new Action("leave the application unprocessed", Rule.HMS_1);
    static final Action GRANT = new Action("grant the service", Rule.RES_8);
    static final Action REFUSE = new Action("refuse the application", Rule.RES_8);
    static final Action DRAW_UP_PLAN = new Action("draw up the action plan", Rule.RES_2);
    static final Action EVALUATE_GOAL = new Action("evaluate a goal", Rule.RES_2);
    static final Action RECORD_LAUNDRY = new Action("record laundry use", Rule.RES_10);
    static final Action MOVE = new Action("move to the next stage", Rule.RES_4);
    static final Action MOVE_TO_INDEPENDENT_LIFE = new Action("move to independent life", Rule.RES_5);
    static final Action MOVE_BACK = new Action("move back to an earlier stage", Rule.RES_11);
    static final Action LEAVE = new Action("record leaving the pathway", Rule.RES_11);
    static final Action STATEMENT = new Action("issue the monthly statement", Rule.RES_10);

    private final CaseRunner<Resocialization, ResocializationSchedule, ResocializationError> cases;
    private final PopulationRegister register;
    private final ResocializationSchedule schedule;

    /** The service over {@code cases}, the population register and the ports every service runs on, under {@code schedule}. */
    public ResocializationService(ResocializationRepository cases, PopulationRegister register, CasePorts kernel,
                                  ResocializationSchedule schedule) {
        this.register = Objects.requireNonNull(register, "register");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.cases = new CaseRunner<>(CaseKind.RESOCIALIZATION, cases, schedule, kernel);
    }

    /** RES-6, RES-7, RES-9: the district of the registered residence comes from the population register. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> submitApplication(SubmitApplicationCommand c) {
        return cases.open(SUBMIT, c.caseId(), () -> register.residenceDistrict(c.form().applicant(), c.on())
                .<CaseFailure<ResocializationError>>mapLeft(CaseRunner::unavailable)
                .flatMap(district -> CaseRunner.refused(Resocialization.apply(c.caseId(), c.form(), c.districtGovernment(), district,
                        c.identity(), c.on()))));
    }

    /** RES-7: the missing parts given; complete, the application waits for the decision. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> supplementApplication(SupplementApplicationCommand c) {
        return cases.change(SUPPLEMENT, c.caseId(), Resocialization.Incomplete.class, r -> r.supplement(c.form()));
    }

    /** HMS-1: the term to remedy an incomplete application, on the morning list. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> setRemedyTerm(SetRemedyTermCommand c) {
        return cases.change(SET_REMEDY_TERM, c.caseId(), Resocialization.Incomplete.class,
                r -> r.setRemedyTerm(new RemedyTerm(c.setOn(), c.term())));
    }

    /** HMS-1: after the remedy term, the application is left unprocessed by a lawful decision. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> leaveUnprocessed(LeaveUnprocessedCommand c) {
        return cases.change(LEAVE_UNPROCESSED, c.caseId(), Resocialization.Incomplete.class,
                r -> lawful(c.decision()).flatMap(d -> r.leaveUnprocessed(d, schedule.calendar())));
    }

    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> grantService(GrantServiceCommand c) {
        return cases.change(GRANT, c.caseId(), Resocialization.Applied.class,
                r -> lawful(c.decision()).flatMap(d -> r.grant(d, c.role(), c.needs(), c.room(), c.children(), c.from())));
    }

    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> refuseApplication(RefuseApplicationCommand c) {
        return cases.change(REFUSE, c.caseId(), Resocialization.Applied.class, r -> lawful(c.decision()).flatMap(d -> r.refuse(d, c.role())));
    }

    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> drawUpActionPlan(DrawUpActionPlanCommand c) {
        return cases.change(DRAW_UP_PLAN, c.caseId(), Resocialization.Resident.class, r -> r.drawUpActionPlan(c.draft()));
    }

    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> evaluateGoal(EvaluateGoalCommand c) {
        return cases.change(EVALUATE_GOAL, c.caseId(), Resocialization.Resident.class, r -> r.evaluateGoal(c.goalId(), c.evaluation()));
    }

    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> recordLaundryUse(RecordLaundryUseCommand c) {
        return cases.change(RECORD_LAUNDRY, c.caseId(), Resocialization.Resident.class, r -> r.useLaundry(c.use()));
    }

    /** RES-4: from the shelter to a social housing unit, from a social housing unit to a dormitory. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> moveToNextStage(MoveToNextStageCommand c) {
        return cases.change(MOVE, c.caseId(), Resocialization.Climbing.class, r -> lawful(c.decision())
                .flatMap(d -> r.moveToNextStage(d, c.role(), c.room(), c.children(), c.on())));
    }

    /** RES-5: from a social housing unit or a dormitory to independent life. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> moveToIndependentLife(MoveToIndependentLifeCommand c) {
        return cases.change(MOVE_TO_INDEPENDENT_LIFE, c.caseId(), Resocialization.ReadyToLeave.class,
                r -> lawful(c.decision()).flatMap(d -> r.moveToIndependentLife(d, c.role(), c.dwellingFound(), c.on())));
    }

    /** RES-11: back to an earlier stage when the need grows, by decision. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> moveBack(MoveBackCommand c) {
        return cases.change(MOVE_BACK, c.caseId(), Resocialization.Resident.class, r -> lawful(c.decision())
                .flatMap(d -> r.moveBack(d, c.role(), c.room(), c.children(), c.on())));
    }

    /** RES-11: leaving the pathway in any stage; the stay ends on its last day. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> leavePathway(LeavePathwayCommand c) {
        return cases.change(LEAVE, c.caseId(), Resocialization.Resident.class, r -> (c.exit() instanceof Exit.ServiceEnded ended
                ? lawful(ended.decision()).map(d -> c.exit()) : Either.<ResocializationError, Exit>right(c.exit()))
                .flatMap(exit -> r.leave(exit, c.lastDay())));
    }

    /** HMS-2, HMS-4, HMS-5: the decision is an act the procedure in force on its date allows. */
    private Either<ResocializationError, Decision> lawful(Decision decision) {
        return CaseRunner.lawful(decision, schedule.procedureOn(decision.madeOn()), ResocializationError.DefectiveDecision::new,
                ResocializationError.NoProcedure::new);
    }

    /** RES-10: the statement of a month with the price lists of the schedule; reading the case is recorded. */
    @Override
    public Either<CaseFailure<ResocializationError>, MonthlyStatement> issueStatement(IssueStatementCommand c) {
        return cases.read(STATEMENT, c.caseId()).flatMap(r -> switch (r) {
            case Resocialization.Resident resident -> CaseRunner.refused(resident.statement(c.month(), schedule.rules().prices()));
            case Resocialization.InIndependentLife life -> CaseRunner.refused(life.statement(c.month(), schedule.rules().prices()));
            case Resocialization.LeftPathway left -> CaseRunner.refused(left.statement(c.month(), schedule.rules().prices()));
            case Resocialization.Applied applied -> Either.left(new CaseFailure.WrongState<>(STATEMENT.name(), applied.state()));
            case Resocialization.Incomplete incomplete -> Either.left(new CaseFailure.WrongState<>(STATEMENT.name(), incomplete.state()));
            case Resocialization.Refused refused -> Either.left(new CaseFailure.WrongState<>(STATEMENT.name(), refused.state()));
        });
    }

    @Override
    public Either<RepositoryError, Integer> recomputeObligations() {
        return cases.recomputeObligations();
    }

    /** HMS-6: a decision's notification is recorded; the challenge terms run from its date. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> recordDelivery(RecordDeliveryCommand c) {
        return cases.change(RECORD_DELIVERY, c.caseId(), Resocialization.class, x -> x.recordDelivery(c.decisionId(), c.delivery()));
    }

    /** TSM-18: the case, its reading recorded as a use of everyone's data in it. */
    @Override
    public Either<CaseFailure<ResocializationError>, Resocialization> readCase(ReadCaseCommand c) {
        return cases.read(READ_CASE, c.caseId());
    }
}
