package ee.hoolekanne.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros with cents: a {@link BigDecimal} of scale exactly 2. Arithmetic that
 * can produce fractions of a cent ({@link #percent}, {@link #prorate}) rounds half-up to the cent;
 * nothing ever uses floating point. May be negative (a credit or a refund). Immutable.
 *
 * @param amount euros, with at most two decimals
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Zero euros. */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /**
     * Normalises the scale to 2.
     *
     * @throws IllegalArgumentException if {@code amount} has more than two decimals: round first,
     *                                  explicitly
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("money has at most 2 decimals; round explicitly first");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** E.g. {@code Money.euros("60.00")}. @throws NumberFormatException if not a decimal number */
    public static Money euros(String decimal) {
        return new Money(new BigDecimal(decimal));
    }

    /** Whole euros. */
    public static Money euros(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    /** An amount in cents, e.g. {@code cents(4500)} is 45.00 EUR. */
    public static Money cents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /** The amount in cents. */
    public long toCents() {
        return amount.movePointRight(2).longValueExact();
    }

    /** This plus {@code other}. */
    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** This minus {@code other}. */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This times a whole number, e.g. a price per load times the number of loads. */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /** {@code percentage} of this amount, rounded half-up to the cent (e.g. 30 % of 150.00 = 45.00). */
    public Money percent(Percentage percentage) {
        return new Money(amount.multiply(percentage.value())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
    }

    /**
     * This amount for {@code part} of {@code whole} units (e.g. 12 days of a 31-day month),
     * rounded half-up to the cent: {@code amount * part / whole}.
     *
     * @throws IllegalArgumentException if {@code whole} is not positive or {@code part} is not in 0..whole
     */
    public Money prorate(int part, int whole) {
        if (whole <= 0 || part < 0 || part > whole) {
            throw new IllegalArgumentException("prorate needs 0 <= part <= whole and whole > 0");
        }
        return new Money(amount.multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }

    /** The additive inverse. */
    public Money negate() {
        return new Money(amount.negate());
    }

    /** Whether this amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether this amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** E.g. {@code 45.00 EUR}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}
