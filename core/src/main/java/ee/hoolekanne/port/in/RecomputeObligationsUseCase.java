package ee.hoolekanne.port.in;

import io.vavr.control.Either;

/**
 * Recomputes the open obligations of every open case of every service from the cases themselves,
 * under the calendar and rule sets the services run on now: after a library update that changed
 * the calendar (a new public holiday) or a rule set, or a municipality's new rule set. One call;
 * each kind of case is replaced in one transaction.
 */
public interface RecomputeObligationsUseCase {

    /**
     * Recomputes every kind of case.
     *
     * @return how many obligations are open now, or {@link CaseFailure.Unavailable}
     */
    Either<CaseFailure<Void>, Integer> recomputeObligations();
}
