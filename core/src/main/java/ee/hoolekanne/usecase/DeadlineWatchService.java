package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.deadline.DeadlineWatch;
import ee.hoolekanne.domain.deadline.FeedFailure;
import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.port.in.QueryAllDeadlinesCommand;
import ee.hoolekanne.port.in.QueryAllDeadlinesUseCase;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The caseworker's morning list across services: asks every {@link ObligationFeed} and merges what is due. */
public final class DeadlineWatchService implements QueryAllDeadlinesUseCase {

    private final List<ObligationFeed> feeds;
    private final EstonianCalendar calendar;

    /** A watch over {@code feeds}, counting lookahead on {@code calendar}. */
    public DeadlineWatchService(List<ObligationFeed> feeds, EstonianCalendar calendar) {
        this.feeds = List.copyOf(feeds);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public Either<FeedFailure, List<Obligation>> queryAllDeadlines(QueryAllDeadlinesCommand command) {
        LocalDate horizon = command.lookaheadWorkingDays() == 0 ? command.on()
                : calendar.plusWorkingDays(command.on(), command.lookaheadWorkingDays());
        List<Obligation> all = new ArrayList<>();
        for (ObligationFeed feed : feeds) {
            Either<FeedFailure, List<Obligation>> open = feed.dueBy(horizon);
            if (open.isLeft()) {
                return Either.left(open.getLeft());
            }
            all.addAll(open.get());
        }
        return Either.right(DeadlineWatch.dueBy(all, horizon));
    }
}
