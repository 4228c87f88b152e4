package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/** Records that the support person contacted the local government's case manager (RVK-7). */
public interface ContactCaseManagerUseCase {

    /** The referral after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, ProtectionReferral> contactCaseManager(ContactCaseManagerCommand command);
}
