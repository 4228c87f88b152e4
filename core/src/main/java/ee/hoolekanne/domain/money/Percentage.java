package ee.hoolekanne.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage such as the 30 % of TSM-4 or the 80 % / 120 % weights of further household
 * members. Exact decimal; not negative. Immutable.
 *
 * @param value the number of percent, e.g. 30 for 30 %
 */
public record Percentage(BigDecimal value) {

    /** @throws IllegalArgumentException if negative */
    public Percentage {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a percentage is not negative");
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    /** E.g. {@code Percentage.of("30")}. */
    public static Percentage of(String decimal) {
        return new Percentage(new BigDecimal(decimal));
    }

    /** E.g. {@code Percentage.of(30)}. */
    public static Percentage of(long percent) {
        return new Percentage(BigDecimal.valueOf(percent));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " %";
    }
}
