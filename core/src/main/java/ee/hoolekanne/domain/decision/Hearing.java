package ee.hoolekanne.domain.decision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * HMS-5 (HMS § 40): before a decision that refuses or ends a service, the person is given the
 * chance to present their opinion and objections; the decision records the hearing, or the legal
 * reason why none was held.
 */
public sealed interface Hearing {

    /**
     * The person was heard.
     *
     * @param on  the day of the hearing, or the last day of the term given for a written opinion
     * @param how how, in the decision's own words, e.g. "in writing, by e-mail" or "at a meeting"
     */
    record Held(LocalDate on, String how) implements Hearing {
        /** Both parts are required; {@code how} is not blank. */
        public Held {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(how, "how");
            if (how.isBlank()) {
                throw new IllegalArgumentException("a hearing says how it was held");
            }
        }
    }

    /**
     * No hearing was held, for a reason the law allows (HMS § 40(3)).
     *
     * @param provision the provision that allows it, e.g. {@code HMS § 40(3) 1)}
     * @param reason    why it applies, in the decision's own words
     */
    record NotHeld(String provision, String reason) implements Hearing {
        /** Both parts are required and not blank. */
        public NotHeld {
            Objects.requireNonNull(provision, "provision");
            Objects.requireNonNull(reason, "reason");
            if (provision.isBlank() || reason.isBlank()) {
                throw new IllegalArgumentException("a decision without a hearing names the provision and the reason");
            }
        }
    }
}
