package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.deadline.FeedFailure;
import ee.hoolekanne.domain.deadline.DeadlineWatch;
import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.justice.AccommodationSchedule;
import ee.hoolekanne.domain.justice.JusticeRules;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The released prisoners' accommodation stays ending (JUS-5), for the {@link DeadlineWatchService}. */
public final class AccommodationFeed implements ObligationFeed {

    private final ReleasedAccommodationRepository stays;
    private final EstonianCalendar calendar;
    private final JusticeRules rules;

    /** A feed over {@code stays}. */
    public AccommodationFeed(ReleasedAccommodationRepository stays, EstonianCalendar calendar, JusticeRules rules) {
        this.stays = Objects.requireNonNull(stays, "stays");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Either<FeedFailure, List<Obligation>> dueBy(LocalDate horizon) {
        AccommodationSchedule schedule = new AccommodationSchedule(calendar, rules);
        return stays.findDueBy(horizon, schedule).mapLeft(e -> new FeedFailure("released prisoners' accommodation", e.message()))
                .map(due -> DeadlineWatch.dueBy(due.stream().flatMap(s -> schedule.openObligations(s).stream()).toList(), horizon));
    }
}
