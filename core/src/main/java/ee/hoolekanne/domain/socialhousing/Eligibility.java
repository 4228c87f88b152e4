package ee.hoolekanne.domain.socialhousing;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Proof that an applicant met the three conditions of TSM-2 on a date: the only way to grant the
 * service or put an applicant on the waiting list. Made only by {@link #check}.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * TSM-2: all three conditions hold, or every one that does not.
     *
     * @param residenceMunicipality the municipality of residence in the population register, if any
     * @param assessment            the specialist's findings on conditions 2 and 3
     * @param rules                 the municipality required
     */
    public static Validation<Seq<EligibilityFailure>, Eligibility> check(Option<String> residenceMunicipality,
                                                                         Assessment assessment,
                                                                         SocialHousingRules rules) {
        List<EligibilityFailure> failures = new ArrayList<>();
        if (residenceMunicipality.isEmpty()) {
            failures.add(EligibilityFailure.RESIDENCE_UNKNOWN);
        } else if (!residenceMunicipality.get().equals(rules.municipality())) {
            failures.add(EligibilityFailure.RESIDENCE_ELSEWHERE);
        }
        if (!assessment.hasNoDwelling()) {
            failures.add(EligibilityFailure.HAS_DWELLING);
        }
        if (!assessment.needsSupport()) {
            failures.add(EligibilityFailure.NO_SUPPORT_NEED);
        }
        return failures.isEmpty() ? Validation.valid(new Eligibility())
                : Validation.invalid(io.vavr.collection.List.ofAll(failures));
    }
}
