package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Refusal;

import java.util.Objects;

/**
 * Why a command of any service was not carried out. Nothing was written in any case.
 *
 * <p>Four of the cases are not the domain's business and are the same for every service: no such
 * case, a case already under that id, another change that won the race, a port that is not
 * available. {@link WrongState} says that the case's state cannot take the command at all (the
 * transition does not exist there). {@link Refused} carries the service's own domain error: the
 * case could take the command, and a rule refused it (e.g. {@code SocialHousingError.DeadlinePassed}).
 * Every message is free of personal data and in English, for developers and logs.
 *
 * @param <E> the service's domain error
 */
public sealed interface CaseFailure<E> {

    /** A sentence for a developer or a log. */
    String message();

    /**
     * No case of that kind is stored under the id.
     *
     * @param kind the kind of case
     * @param id   the id asked for
     * @param <E>  the service's domain error
     */
    record NotFound<E>(CaseKind kind, CaseId id) implements CaseFailure<E> {
        /** Both parts are required. */
        public NotFound {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String message() {
            return "no " + kind.key() + " case " + id;
        }
    }

    /**
     * A case of that kind is already stored under the id: a new case was not opened.
     *
     * @param kind the kind of case
     * @param id   the id
     * @param <E>  the service's domain error
     */
    record AlreadyExists<E>(CaseKind kind, CaseId id) implements CaseFailure<E> {
        /** Both parts are required. */
        public AlreadyExists {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String message() {
            return kind.key() + " case " + id + " already exists";
        }
    }

    /**
     * Another change of the same aggregate (the case, the housing stock, the waiting list) was
     * saved first, also after retrying; the command may be sent again.
     *
     * @param what the aggregate, free of personal data
     * @param <E>  the service's domain error
     */
    record VersionConflict<E>(String what) implements CaseFailure<E> {
        /** The aggregate is required. */
        public VersionConflict {
            Objects.requireNonNull(what, "what");
        }

        @Override
        public String message() {
            return "changed meanwhile: " + what;
        }
    }

    /**
     * A driven port (storage, the population register, the audit context) failed or did not
     * answer.
     *
     * @param port   which port
     * @param reason what failed, free of personal data
     * @param <E>    the service's domain error
     */
    record Unavailable<E>(String port, String reason) implements CaseFailure<E> {
        /** Both parts are required. */
        public Unavailable {
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return port + " not available: " + reason;
        }
    }

    /**
     * The case's state cannot take the command, e.g. signing a contract for a refused case.
     *
     * @param command the command, e.g. "sign the contract"
     * @param state   the state the case is in, e.g. {@code Refused}
     * @param <E>     the service's domain error
     */
    record WrongState<E>(String command, String state) implements CaseFailure<E> {
        /** Both parts are required. */
        public WrongState {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(state, "state");
        }

        @Override
        public String message() {
            return "cannot " + command + " in a case that is " + state;
        }
    }

    /**
     * A rule of the service refused the command.
     *
     * @param error the service's domain error
     * @param <E>   the service's domain error type
     */
    record Refused<E>(E error) implements CaseFailure<E> {
        /** The error is required. */
        public Refused {
            Objects.requireNonNull(error, "error");
        }

        /** {@code refused: } and the domain error's own message when it is a {@link Refusal}. */
        @Override
        public String message() {
            return "refused: " + (error instanceof Refusal refusal ? refusal.message() : error);
        }
    }
}
