package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.money.Money;

import java.time.YearMonth;
import java.util.Objects;

/**
 * An amount the recipient owes for a month: the bed-place fee (TSM-4) or the ancillary costs of
 * a separate dwelling at actual cost (TSM-5); or a credit of a fee charged for days the service
 * did not run after all (an early end, X-2), which reduces what is owed.
 *
 * @param month       the month
 * @param kind        fee or ancillary costs
 * @param amount      the amount
 * @param explanation how it was computed, free of personal data
 */
public record Charge(YearMonth month, Kind kind, Money amount, String explanation) {

    /** What is charged. */
    public enum Kind {
        /** The monthly fee for a bed place (TSM-4). */
        BED_PLACE_FEE,
        /** The ancillary costs of a separate dwelling (TSM-5). */
        ANCILLARY_COSTS,
        /** A fee charged for days after the service ended, given back: it reduces what is owed. */
        BED_PLACE_FEE_CREDIT
    }

    /** The amount as it counts towards what is owed: a credit reduces it. */
    public Money signedAmount() {
        return kind == Kind.BED_PLACE_FEE_CREDIT ? Money.ZERO.minus(amount) : amount;
    }

    /** All parts are required; the amount is not negative. */
    public Charge {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(explanation, "explanation");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a charge is not negative");
        }
    }
}
