package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Records that the support person contacted the local government's case manager (RVK-7). */
public interface ContactCaseManagerUseCase {

    /** The referral after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ProtectionReferral> contactCaseManager(ContactCaseManagerCommand command);
}
