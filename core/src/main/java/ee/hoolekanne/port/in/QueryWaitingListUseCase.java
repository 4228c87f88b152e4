package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.WaitingList;
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
    Either<SocialHousingError, List<WaitingList.Position>> queryWaitingList(QueryWaitingListCommand command);
}
