package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.in.QueryDeadlinesUseCase;
import ee.hoolekanne.port.in.RecomputeObligationsUseCase;
import ee.hoolekanne.port.out.OpenObligations;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The caseworker's morning list across every service, read from the open obligations the services
 * keep up to date as they save their cases (one query, no case loaded), and the recomputation of
 * those obligations when the calendar or the rules change.
 */
public final class DeadlineWatchService implements QueryDeadlinesUseCase, RecomputeObligationsUseCase {

    private final OpenObligations obligations;
    private final EstonianCalendar calendar;
    private final List<ObligationSource> sources;

    /**
     * A watch over {@code obligations}, counting the lookahead on {@code calendar}, recomputing from
     * {@code sources} (usually every service).
     */
    public DeadlineWatchService(OpenObligations obligations, EstonianCalendar calendar, List<? extends ObligationSource> sources) {
        this.obligations = Objects.requireNonNull(obligations, "obligations");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.sources = List.copyOf(sources);
    }

    @Override
    public Either<CaseFailure<Void>, List<Obligation>> queryDeadlines(QueryDeadlinesCommand command) {
        LocalDate horizon = command.lookaheadWorkingDays() == 0 ? command.on()
                : calendar.plusWorkingDays(command.on(), command.lookaheadWorkingDays());
        return obligations.dueBy(horizon).mapLeft(CaseRunner::repositoryFailure);
    }

    @Override
    public Either<CaseFailure<Void>, Integer> recomputeObligations() {
        return ObligationSource.recomputeAll(sources).mapLeft(CaseRunner::repositoryFailure);
    }
}
