package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Moves a resident of a social housing unit or a dormitory to independent life (RES-5): the goals met and a dwelling found, by decision of the head of the welfare department or their deputy (RES-8). From a social housing unit the dormitory may be skipped. */
public interface MoveToIndependentLifeUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> moveToIndependentLife(MoveToIndependentLifeCommand command);
}
