package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.money.Money;

import java.time.YearMonth;
import java.util.Objects;

/**
 * An amount the recipient owes for a month: the bed-place fee (TSM-4) or the ancillary costs of
 * a separate dwelling at actual cost (TSM-5).
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
        ANCILLARY_COSTS
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
