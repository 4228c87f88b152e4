package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Outcome;

import java.util.Objects;

/**
 * How a resident leaves the pathway before independent life (RES-11): by their own choice, by a
 * decision ending the service on a stated ground, by death, or by moving to another service or a
 * care institution. Leaving ends the stay on its last day.
 */
public sealed interface Exit {

    /** The kind, for storage and letters. */
    String kind();

    /** The resident chose to leave. */
    record OwnChoice() implements Exit {
        @Override
        public String kind() {
            return "OWN_CHOICE";
        }
    }

    /**
     * The service was ended by a decision of the head of the welfare department or their deputy
     * (RES-8) on the grounds it states ({@link Outcome.Terminate}).
     *
     * @param decision the decision, an {@link Outcome.Terminate}
     * @param role     who decided
     */
    record ServiceEnded(Decision decision, DeciderRole role) implements Exit {
        /** Both parts are required. */
        public ServiceEnded {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(role, "role");
        }

        @Override
        public String kind() {
            return "SERVICE_ENDED";
        }
    }

    /** The resident died. */
    record Died() implements Exit {
        @Override
        public String kind() {
            return "DIED";
        }
    }

    /**
     * The resident moved to another service or a care institution.
     *
     * @param destination where to, e.g. "general care home", free of personal data
     */
    record MovedElsewhere(String destination) implements Exit {
        /** The destination is named. */
        public MovedElsewhere {
            Objects.requireNonNull(destination, "destination");
            if (destination.isBlank()) {
                throw new IllegalArgumentException("a move elsewhere names where to");
            }
        }

        @Override
        public String kind() {
            return "MOVED_ELSEWHERE";
        }
    }
}
