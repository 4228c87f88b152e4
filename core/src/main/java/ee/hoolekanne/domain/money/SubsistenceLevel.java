package ee.hoolekanne.domain.money;

import java.util.Objects;

/**
 * The subsistence level (toimetulekupiir) in force for a period, set by the Riigikogu in the state
 * budget: the amount for a single person or the first family member, and the weights of each
 * further adult and each minor.
 *
 * @param firstMember  EUR per month for a single person or the first family member
 * @param furtherAdult the share of {@code firstMember} for each further adult (80 % since 2018)
 * @param minor        the share of {@code firstMember} for each minor (120 % since 2018)
 * @param source       where the figure comes from, e.g. "State Budget Act 2019"; marks figures
 *                     that are not confirmed
 */
public record SubsistenceLevel(Money firstMember, Percentage furtherAdult, Percentage minor, String source) {

    /** All parts are required; the amount must not be negative. */
    public SubsistenceLevel {
        Objects.requireNonNull(firstMember, "firstMember");
        Objects.requireNonNull(furtherAdult, "furtherAdult");
        Objects.requireNonNull(minor, "minor");
        Objects.requireNonNull(source, "source");
        if (firstMember.isNegative()) {
            throw new IllegalArgumentException("a subsistence level is not negative");
        }
    }

    /**
     * The level for a household of {@code adults} adults and {@code minors} minors: the first
     * member (an adult if there is one) at the full amount, each further adult and each minor at
     * their weights, each share rounded half-up to the cent.
     *
     * @throws IllegalArgumentException if the household is empty or a count is negative
     */
    public Money forHousehold(int adults, int minors) {
        if (adults < 0 || minors < 0 || adults + minors == 0) {
            throw new IllegalArgumentException("a household has at least one member");
        }
        Money total = firstMember;
        int furtherAdults = Math.max(0, adults - 1);
        int furtherMinors = adults == 0 ? minors - 1 : minors;
        total = total.plus(firstMember.percent(furtherAdult).times(furtherAdults));
        total = total.plus(firstMember.percent(minor).times(furtherMinors));
        return total;
    }
}
