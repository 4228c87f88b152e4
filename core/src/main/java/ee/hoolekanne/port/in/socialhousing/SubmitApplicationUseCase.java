package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Submits an application (TSM-6): complete, or incomplete with every missing part listed.
 */
public interface SubmitApplicationUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the new case; Left Refused(ApplicantNotAdult), or AlreadyExists
     */
    Either<CaseFailure<SocialHousingError>, Application> submitApplication(SubmitApplicationCommand command);
}
