package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Assigns a support person of the provider to the client (RVK-5), within 5 working days of the
 * provider's receipt.
 */
public interface AssignSupportPersonUseCase {

    /** The referral after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ProtectionReferral> assignSupportPerson(AssignSupportPersonCommand command);
}
