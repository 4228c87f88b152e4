package ee.hoolekanne.domain.justice;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.supportperson.FundingSource;

import java.util.Objects;

/**
 * The numbers of the Ministry of Justice's support services, as data.
 *
 * @param supportWindow     a support person from at most this long before release (JUS-1)
 * @param accommodationTerm an accommodation stay lasts up to this long, then may be extended (JUS-5)
 * @param funding           who pays (JUS-7)
 * @param source            the source, for legal bases
 */
public record JusticeRules(Term supportWindow, Term accommodationTerm, FundingSource funding, String source) {

    /** Every part is required. */
    public JusticeRules {
        Objects.requireNonNull(supportWindow, "supportWindow");
        Objects.requireNonNull(accommodationTerm, "accommodationTerm");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(source, "source");
    }

    /** As the Ministry of Justice describes them: 6 months before release, 6 months' stay, ESF. */
    public static JusticeRules ministryOfJustice() {
        return new JusticeRules(Term.months(6), Term.months(6), FundingSource.EUROPEAN_SOCIAL_FUND,
                "Ministry of Justice, support services for prisoners and released prisoners");
    }

    /** The legal basis of a rule of these services. */
    public LegalBasis basis(Rule rule) {
        return LegalBasis.of(rule, source);
    }
}
