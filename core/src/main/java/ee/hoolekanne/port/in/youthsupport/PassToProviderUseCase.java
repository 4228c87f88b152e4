package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Passes the case to the provider serving the youth's county on the day (AHT-4, AHT-11).
 */
public interface PassToProviderUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, YouthSupport> passToProvider(PassToProviderCommand command);
}
