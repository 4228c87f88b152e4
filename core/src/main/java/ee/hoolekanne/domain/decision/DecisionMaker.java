package ee.hoolekanne.domain.decision;

import java.util.Objects;

/**
 * The body that made a decision, e.g. the welfare committee of the Social Welfare and Health
 * Care Department of Tartu City Government (TSM-7), or the head of a welfare department (RES-8).
 *
 * @param body the body, as it appears on the decision
 */
public record DecisionMaker(String body) {
    /** @throws IllegalArgumentException if blank */
    public DecisionMaker {
        Objects.requireNonNull(body, "body");
        if (body.isBlank()) {
            throw new IllegalArgumentException("a decision maker is named");
        }
    }
}
