package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Passes a referral to the service provider (RVK-5): the provider's receipt starts the 5
 * working days for assigning a support person.
 */
public interface PassToProviderUseCase {

    /** The referral after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ProtectionReferral> passToProvider(PassToProviderCommand command);
}
