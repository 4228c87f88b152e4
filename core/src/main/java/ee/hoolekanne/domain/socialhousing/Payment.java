package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment by the recipient.
 *
 * @param paidOn the date
 * @param amount positive
 */
public record Payment(LocalDate paidOn, Money amount) {
    /** The amount is positive. */
    public Payment {
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("a payment is positive");
        }
    }
}
