package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;
import java.util.List;

/**
 * The waiting list for a kind of placement, in order, each position with its reason (TSM-11).
 */
public interface QueryWaitingListUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the positions, next first
     */
    Either<CaseFailure<SocialHousingError>, List<WaitingList.Position>> queryWaitingList(QueryWaitingListCommand command);
}
