package ee.hoolekanne.domain.socialhousing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The assessment that the recipient's independent coping has improved enough to end the service
 * early (TSM-23, § 13(3)): each of its three conditions is assessed and recorded.
 *
 * @param assessedOn        the date
 * @param securesDwelling   whether the recipient can secure the use of a dwelling
 * @param meetsObligations  whether they can meet the obligations of using a dwelling
 * @param copesDaily        whether they can cope with organising daily life
 */
public record CopingAssessment(LocalDate assessedOn, boolean securesDwelling, boolean meetsObligations, boolean copesDaily) {

    /** The date is required. */
    public CopingAssessment {
        Objects.requireNonNull(assessedOn, "assessedOn");
    }

    /** Whether all three conditions of § 13(3) hold. */
    public boolean copesIndependently() {
        return securesDwelling && meetsObligations && copesDaily;
    }

    /** The conditions that do not hold, in the order of § 13(3). */
    public List<String> unmet() {
        List<String> unmet = new ArrayList<>();
        if (!securesDwelling) {
            unmet.add("can secure the use of a dwelling");
        }
        if (!meetsObligations) {
            unmet.add("can meet the obligations of using a dwelling");
        }
        if (!copesDaily) {
            unmet.add("can cope with daily life");
        }
        return List.copyOf(unmet);
    }
}
