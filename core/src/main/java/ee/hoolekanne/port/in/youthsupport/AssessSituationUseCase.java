package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Records the assessment of the youth's situation after a year of cooperation (AHT-12): the service continues for another year, or ends that day. */
public interface AssessSituationUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, YouthSupport> assessSituation(AssessSituationCommand command);
}
