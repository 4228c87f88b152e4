package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The command of {@link RecordDeliveryUseCase}: a decision of the case was notified to the person (HMS-6); the terms that run from notification (a challenge, HMS-3) run from its date. */
public interface RecordDeliveryUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> recordDelivery(RecordDeliveryCommand command);
}
