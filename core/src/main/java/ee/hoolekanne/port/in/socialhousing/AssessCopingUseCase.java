package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Records the assessment of the recipient's independent coping on which an early end for goals met rests (TSM-23). */
public interface AssessCopingUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SocialHousingError>, Application> assessCoping(AssessCopingCommand command);
}
