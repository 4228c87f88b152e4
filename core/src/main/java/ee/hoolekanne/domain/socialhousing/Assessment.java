package ee.hoolekanne.domain.socialhousing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The specialist's assessment of the need (TSM-7): what it rests on, the findings the committee
 * needs for TSM-2 (no possibility to use a dwelling; a need for counselling and support), and the
 * proposal to grant or refuse.
 *
 * @param assessedOn          the date
 * @param specialist          the specialist's office or role
 * @param methods             what the assessment rests on
 * @param hasNoDwelling       TSM-2 2): the applicant has no possibility to use a dwelling
 * @param needsSupport        TSM-2 3): the applicant needs individual counselling, guidance and support
 * @param proposesGrant       the proposal: grant (true) or refuse (false)
 * @param proposedRefusal     the proposed refusal grounds, when refusal is proposed
 */
public record Assessment(LocalDate assessedOn, String specialist, Set<AssessmentMethod> methods,
                         boolean hasNoDwelling, boolean needsSupport, boolean proposesGrant,
                         List<RefusalGround> proposedRefusal) {

    /** Copies the collections; a proposal to refuse names its grounds. */
    public Assessment {
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(specialist, "specialist");
        methods = Set.copyOf(methods);
        proposedRefusal = List.copyOf(proposedRefusal);
        if (!proposesGrant && proposedRefusal.isEmpty()) {
            throw new IllegalArgumentException("a proposal to refuse names its grounds");
        }
    }

    /** The methods TSM-7 requires that this assessment does not rest on. */
    public Set<AssessmentMethod> missingMethods() {
        Set<AssessmentMethod> missing = EnumSet.allOf(AssessmentMethod.class);
        missing.removeAll(methods);
        return missing;
    }
}
