package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** A resident leaves the pathway before independent life (RES-11): by their own choice, by a decision ending the service, by death, or to another service or a care institution; the stay ends on its last day. */
public interface LeavePathwayUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> leavePathway(LeavePathwayCommand command);
}
