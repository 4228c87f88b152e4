package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.law.Rule;

import java.util.Objects;

/**
 * What a command does, for its audit record and its errors: a short English phrase that fits
 * "cannot … in a case that is Refused" and the rule that allows the use of the data.
 *
 * @param name what is done, e.g. "sign the contract"
 * @param rule the rule the command applies, e.g. {@link Rule#TSM_12}
 */
public record Action(String name, Rule rule) {
    /** Both parts are required; the name is not blank. */
    public Action {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an action is named");
        }
    }
}
