package ee.hoolekanne.domain.socialhousing;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Every provider's house rules over time (TSM-19): which directive's rules bind on a given day at
 * a given provider. A breach is recorded against the rules in force on its day at the provider of
 * the recipient's contract, and must name one of them.
 *
 * @param directives every directive of every provider, in any order
 */
public record HouseRuleBook(List<HouseRules> directives) {

    /** Copies the list; no provider has two directives taking effect on one day. */
    public HouseRuleBook {
        directives = directives.stream().sorted(Comparator.comparing(HouseRules::effectiveFrom)).toList();
        for (int i = 1; i < directives.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (directives.get(i).provider() == directives.get(j).provider()
                        && directives.get(i).effectiveFrom().equals(directives.get(j).effectiveFrom())) {
                    throw new IllegalArgumentException("one provider's house rules take effect once on a day");
                }
            }
        }
    }

    /** No house rules recorded: every breach is refused until the providers' directives are. */
    public static HouseRuleBook none() {
        return new HouseRuleBook(List.of());
    }

    /** The book with {@code rules} added. */
    public HouseRuleBook with(HouseRules rules) {
        List<HouseRules> all = new java.util.ArrayList<>(directives);
        all.add(rules);
        return new HouseRuleBook(all);
    }

    /** The house rules binding at {@code provider} on {@code date}: its latest directive in effect by then. */
    public Option<HouseRules> inForce(ShelterProvider provider, LocalDate date) {
        HouseRules found = null;
        for (HouseRules rules : directives) {
            if (rules.provider() == provider && !rules.effectiveFrom().isAfter(date)) {
                found = rules;
            }
        }
        return Option.of(found);
    }
}
