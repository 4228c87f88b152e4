package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Assigns a support person of the provider to the client (RVK-5), within 5 working days of the
 * provider's receipt.
 */
public interface AssignSupportPersonUseCase {

    /** The referral after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, ProtectionReferral> assign(AssignSupportPersonCommand command);
}
