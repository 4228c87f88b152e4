package ee.hoolekanne.domain.socialhousing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The house rules one provider's head set by directive for its premises (TSM-19, § 11(3)): binding
 * on recipients and visitors from {@code effectiveFrom} until the provider's next directive. Data,
 * never code: a municipality records each directive as it is signed (see {@link HouseRuleBook}).
 *
 * @param provider      whose premises they govern
 * @param directive     the directive that set them, e.g. "käskkiri nr 1-4/12, 03.02.2020"
 * @param effectiveFrom the first day they bind
 * @param rules         the rules, each with its number as the directive numbers it
 */
public record HouseRules(ShelterProvider provider, String directive, LocalDate effectiveFrom, List<Rule> rules) {

    /**
     * One rule of the house rules.
     *
     * @param number its number in the directive, e.g. "4.2"
     * @param text   what it says
     */
    public record Rule(String number, String text) {
        /** Both parts are required; the number is not blank. */
        public Rule {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(text, "text");
            if (number.isBlank()) {
                throw new IllegalArgumentException("a house rule has a number");
            }
        }
    }

    /** Every part is required; the list is copied, names at least one rule and no number twice. */
    public HouseRules {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        rules = List.copyOf(rules);
        Set<String> numbers = new HashSet<>();
        if (directive.isBlank() || rules.isEmpty() || !rules.stream().allMatch(r -> numbers.add(r.number()))) {
            throw new IllegalArgumentException("house rules name their directive and at least one rule, each number once");
        }
    }

    /** Whether these rules have a rule numbered {@code number}. */
    public boolean has(String number) {
        return rules.stream().anyMatch(r -> r.number().equals(number));
    }
}
