package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The command of {@link SetRemedyTermUseCase}: the official sets the term within which an incomplete application's defects are to be remedied (HMS-1, HMS § 15(2); TSM-6). The term is an open obligation of the case, on the morning list. */
public interface SetRemedyTermUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SocialHousingError>, Application> setRemedyTerm(SetRemedyTermCommand command);
}
