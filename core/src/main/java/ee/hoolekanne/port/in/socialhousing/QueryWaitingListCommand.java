package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.household.PlacementKind;
import java.util.Objects;

/**
 * The command of {@link QueryWaitingListUseCase}: the waiting list for a kind of placement, in order, each position with its reason (TSM-11).
 *
 * @param kind bed place or separate dwelling
 */
public record QueryWaitingListCommand(PlacementKind kind) {
    /** Every part is required. */
    public QueryWaitingListCommand {
        Objects.requireNonNull(kind, "kind");
    }
}
