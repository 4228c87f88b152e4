package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.ApplyForResocializationCommand;
import ee.hoolekanne.port.in.ApplyForResocializationUseCase;
import ee.hoolekanne.port.in.DrawUpResocializationPlanCommand;
import ee.hoolekanne.port.in.DrawUpResocializationPlanUseCase;
import ee.hoolekanne.port.in.EvaluateResocializationGoalCommand;
import ee.hoolekanne.port.in.EvaluateResocializationGoalUseCase;
import ee.hoolekanne.port.in.GrantResocializationCommand;
import ee.hoolekanne.port.in.GrantResocializationUseCase;
import ee.hoolekanne.port.in.MoveToNextStageCommand;
import ee.hoolekanne.port.in.MoveToNextStageUseCase;
import ee.hoolekanne.port.in.RecordLaundryUseCommand;
import ee.hoolekanne.port.in.RecordLaundryUseUseCase;
import ee.hoolekanne.port.in.RefuseResocializationCommand;
import ee.hoolekanne.port.in.RefuseResocializationUseCase;
import ee.hoolekanne.port.out.ResocializationRepository;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * Resocialization in Tallinn (RES-1 .. RES-10) through its use cases: application, decision,
 * the stages from shelter to independent life, the action plan and the laundry; each command loads
 * the case, asks its stage for the transition and saves it under its version (see
 * {@link ProtectionReferralService} for the guarantees).
 */
public final class ResocializationService implements ApplyForResocializationUseCase, GrantResocializationUseCase,
        RefuseResocializationUseCase, DrawUpResocializationPlanUseCase, EvaluateResocializationGoalUseCase, RecordLaundryUseUseCase,
        MoveToNextStageUseCase {

    private final SupportCases<CaseId, Resocialization, ResocializationError> cases;

    /** The service over {@code cases}. */
    public ResocializationService(ResocializationRepository cases) {
        this.cases = SupportCases.byCaseId(Objects.requireNonNull(cases, "cases"), Resocialization::state, "resocialization case",
                SupportCases.RESOCIALIZATION);
    }

    @Override
    public Either<ResocializationError, Resocialization> apply(ApplyForResocializationCommand c) {
        return cases.open(c.id(), Resocialization.apply(c.id(), c.form(), c.districtGovernment(), c.registeredDistrict(), c.identity(), c.on()));
    }

    @Override
    public Either<ResocializationError, Resocialization> grant(GrantResocializationCommand c) {
        return cases.change(c.id(), "grant", r -> r instanceof Resocialization.Applied applied
                ? applied.grant(c.decision(), c.role(), c.needs(), c.room(), c.children(), c.from()) : null);
    }

    @Override
    public Either<ResocializationError, Resocialization> refuse(RefuseResocializationCommand c) {
        return cases.change(c.id(), "refuse", r -> r instanceof Resocialization.Applied applied ? applied.refuse(c.decision(), c.role()) : null);
    }

    @Override
    public Either<ResocializationError, Resocialization> drawUpActionPlan(DrawUpResocializationPlanCommand c) {
        return cases.change(c.id(), "draw up the action plan of", r -> r instanceof Resocialization.Resident resident
                ? resident.drawUpActionPlan(c.draft()) : null);
    }

    @Override
    public Either<ResocializationError, Resocialization> evaluateGoal(EvaluateResocializationGoalCommand c) {
        return cases.change(c.id(), "evaluate a goal of", r -> r instanceof Resocialization.Resident resident
                ? resident.evaluateGoal(c.goalId(), c.evaluation()) : null);
    }

    @Override
    public Either<ResocializationError, Resocialization> useLaundry(RecordLaundryUseCommand c) {
        return cases.change(c.id(), "record laundry in", r -> r instanceof Resocialization.Resident resident
                ? resident.useLaundry(c.use()) : null);
    }

    @Override
    public Either<ResocializationError, Resocialization> moveToNextStage(MoveToNextStageCommand c) {
        return cases.change(c.id(), "move to the next stage", r -> switch (r) {
            case Resocialization.InShelter shelter -> c.room().isEmpty() ? noRoom()
                    : shelter.moveToSocialHousingUnit(c.decision(), c.role(), c.room().get(), c.children(), c.on());
            case Resocialization.InSocialHousingUnit unit -> c.room().isEmpty() ? noRoom()
                    : unit.moveToDormitory(c.decision(), c.role(), c.room().get(), c.children(), c.on());
            case Resocialization.InDormitory dormitory -> dormitory.moveToIndependentLife(c.decision(), c.role(), c.dwellingFound(), c.on());
            default -> null;
        });
    }

    private static Either<ResocializationError, Resocialization> noRoom() {
        return Either.left(new ResocializationError.Invalid("the next stage needs a room"));
    }
}
