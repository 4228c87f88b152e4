package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.law.Rule;

import java.util.Objects;

/**
 * The rules of a city's resocialization service, as data: the source its rules cite and the price
 * list by date (RES-10).
 *
 * @param source the source text, for legal bases
 * @param prices the price lists by date
 */
public record ResocializationRules(String source, Timeline<PriceList> prices) {

    /** Both parts are required. */
    public ResocializationRules {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(prices, "prices");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a rule set names its source");
        }
    }

    /** Tallinn: the city's resocialization service and the Tallinn Social Work Centre's price lists. */
    public static ResocializationRules tallinn() {
        return new ResocializationRules("Tallinn resocialization service", PriceList.tallinn());
    }

    /** The legal basis of a rule of this service. */
    public LegalBasis basis(Rule rule) {
        return LegalBasis.of(rule, source);
    }
}
