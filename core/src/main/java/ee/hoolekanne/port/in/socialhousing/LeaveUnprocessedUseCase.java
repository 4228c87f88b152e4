package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The command of {@link LeaveUnprocessedUseCase}: the application's defects were not remedied within the remedy term, so the authority leaves it unprocessed (HMS-1) — a decision with its facts (HMS-2), by a competent role (HMS-4), after a hearing or with the reason why none was held (HMS-5). */
public interface LeaveUnprocessedUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SocialHousingError>, Application> leaveUnprocessed(LeaveUnprocessedCommand command);
}
