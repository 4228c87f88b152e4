package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Refers a person with international or temporary protection for a support person (RVK-1 ..
 * RVK-3): the local government's referral decision.
 */
public interface ReferForSupportPersonUseCase {

    /** The referral after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ProtectionReferral> referForSupportPerson(ReferForSupportPersonCommand command);
}
