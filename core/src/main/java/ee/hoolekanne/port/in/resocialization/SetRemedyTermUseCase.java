package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The command of {@link SetRemedyTermUseCase}: the official sets the term within which an incomplete application's missing parts are to be given (HMS-1, RES-7); the term is an obligation on the morning list. */
public interface SetRemedyTermUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> setRemedyTerm(SetRemedyTermCommand command);
}
