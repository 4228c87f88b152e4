package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.DeadlineWatch;
import ee.hoolekanne.domain.casefile.Obligation;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;

/**
 * The open obligations of every case of every service: a read model for the caseworker's morning
 * list. The domain computes a case's obligations ({@code CaseFile.openObligations}); the use cases
 * replace them here in the transaction that saves the case. An adapter keeps them as they are
 * given: it holds no calendar, schedule or rule and computes nothing.
 *
 * <ul>
 *   <li>{@link #replace} makes {@code obligations} the case's only ones; an empty list removes
 *       them. Every obligation given names that case (else {@link RepositoryError.Unavailable} and
 *       nothing is written). Idempotent.</li>
 *   <li>{@link #replaceAll} does the same for every case of a kind at once: afterwards the kind's
 *       obligations are exactly {@code obligations}; the other kinds' are untouched.</li>
 *   <li>{@link #dueBy} returns every stored obligation due on or before {@code horizon} (overdue
 *       ones included), of every kind, in {@link DeadlineWatch#ORDER}, each equal to what was
 *       stored: its deadline with trigger, term, due date, skipped days, legal basis and event
 *       intact, so it still explains itself.</li>
 *   <li>Within a transaction of {@link Transactions}, writes join it and commit or roll back with
 *       it. Failures are {@link RepositoryError}s, never thrown.</li>
 * </ul>
 */
public interface OpenObligations {

    /** Makes {@code obligations} the only obligations of the case; returns how many are stored for it. */
    Either<RepositoryError, Integer> replace(CaseKind kind, CaseId id, List<Obligation> obligations);

    /** Makes {@code obligations} the only obligations of every case of {@code kind}; returns how many are stored. */
    Either<RepositoryError, Integer> replaceAll(CaseKind kind, List<Obligation> obligations);

    /** Every obligation due on or before {@code horizon}, overdue included, in {@link DeadlineWatch#ORDER}. */
    Either<RepositoryError, List<Obligation>> dueBy(LocalDate horizon);
}
