package ee.hoolekanne.domain.decision;

import ee.hoolekanne.domain.calendar.Term;

import java.util.Objects;

/**
 * HMS-3: how a decision is challenged. A challenge (vaie) is filed through the issuing authority
 * (HMS § 73) within its term of the day the person learned or should have learned of the decision
 * (HMS § 75) and is resolved by {@code challengeResolvedBy}; an appeal (kaebus) goes to
 * {@code court} within its term of the notification (HKMS § 46(1)).
 *
 * @param challengeResolvedBy who resolves a challenge: the supervising authority, or the issuing
 *                            one where there is none
 * @param challengeTerm       the term of a challenge, 30 days
 * @param court               the administrative court, e.g. {@code Tartu Halduskohus}
 * @param courtAddress        the court's address, for the letter
 * @param appealTerm          the term of an appeal, 30 days
 */
public record ChallengeRoute(String challengeResolvedBy, Term challengeTerm, String court, String courtAddress,
                             Term appealTerm) {

    /** Every part is required; the names are not blank. */
    public ChallengeRoute {
        Objects.requireNonNull(challengeResolvedBy, "challengeResolvedBy");
        Objects.requireNonNull(challengeTerm, "challengeTerm");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(courtAddress, "courtAddress");
        Objects.requireNonNull(appealTerm, "appealTerm");
        if (challengeResolvedBy.isBlank() || court.isBlank()) {
            throw new IllegalArgumentException("a challenge route names the authority and the court");
        }
    }
}
