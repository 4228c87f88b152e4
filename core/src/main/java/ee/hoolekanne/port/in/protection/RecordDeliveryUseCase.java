package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The command of {@link RecordDeliveryUseCase}: the referral decision was notified to the person (HMS-6); the terms that run from notification (a challenge, HMS-3) run from its date. */
public interface RecordDeliveryUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ProtectionReferral> recordDelivery(RecordDeliveryCommand command);
}
