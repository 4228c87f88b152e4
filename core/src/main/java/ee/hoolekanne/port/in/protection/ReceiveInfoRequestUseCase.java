package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Records an information request of the local government to the provider (RVK-6): the provider answers within 5 working days. */
public interface ReceiveInfoRequestUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ProtectionReferral> receiveInfoRequest(ReceiveInfoRequestCommand command);
}
