package ee.hoolekanne.domain.protection;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.supportperson.FundingSource;

import java.util.Objects;

/**
 * The numbers of the protection support-person service, as data.
 *
 * @param assignTerm       the provider assigns a support person within it of receiving the referral (RVK-5)
 * @param infoRequestTerm  the provider answers the local government's information requests within it (RVK-6)
 * @param maximumLength    the service lasts at most this long from the referral (RVK-4)
 * @param funding          who pays (RVK-10)
 * @param source           the source text, for legal bases
 */
public record ProtectionRules(Term assignTerm, Term infoRequestTerm, Term maximumLength, FundingSource funding,
                              String source) {

    /** Every part is required. */
    public ProtectionRules {
        Objects.requireNonNull(assignTerm, "assignTerm");
        Objects.requireNonNull(infoRequestTerm, "infoRequestTerm");
        Objects.requireNonNull(maximumLength, "maximumLength");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(source, "source");
    }

    /** The Social Insurance Board's service as described on 26.10.2023: 5 working days, 5 working days, 12 months, AMIF. */
    public static ProtectionRules ska2023() {
        return new ProtectionRules(Term.workingDays(5), Term.workingDays(5), Term.months(12),
                FundingSource.AMIF_AND_MINISTRY_OF_INTERIOR,
                "Social Insurance Board, support-person service for recipients of international protection (26.10.2023)");
    }

    /** The legal basis of a rule of this service. */
    public LegalBasis basis(Rule rule) {
        return LegalBasis.of(rule, source);
    }
}
