package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The command of {@link RecordDeliveryUseCase}: an extension decision of the stay was notified to the person (HMS-6); the terms that run from notification (a challenge, HMS-3) run from its date. */
public interface RecordDeliveryUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> recordDelivery(RecordDeliveryCommand command);
}
