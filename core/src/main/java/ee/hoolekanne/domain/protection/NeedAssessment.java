package ee.hoolekanne.domain.protection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The local government's assessment of the need, made with the client (RVK-1, RVK-2): which
 * problems make the person need assistance, which other services the person receives, whether
 * this service would duplicate one, and, when they receive others, whether their need is greater
 * so that this service may run alongside them.
 *
 * <p>The problems may be health information: {@link #toString()} names none of them.
 *
 * @param assessedOn      when
 * @param localGovernment which local government
 * @param problems        the problems because of which assistance is needed (RVK-1): at least one
 * @param otherServices   the other services the person receives
 * @param duplicates      whether this service would duplicate one of them (RVK-2: refused)
 * @param greaterNeed     whether the need is greater than the other services meet (RVK-2: this
 *                        service may run together with another only then)
 */
public record NeedAssessment(LocalDate assessedOn, String localGovernment, Set<NeedArea> problems, List<String> otherServices,
                             boolean duplicates, boolean greaterNeed) {
    /** Copies the collections. */
    public NeedAssessment {
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(localGovernment, "localGovernment");
        problems = problems.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(problems));
        otherServices = List.copyOf(otherServices);
    }

    /** Whether the person receives other services. */
    public boolean receivesOtherServices() {
        return !otherServices.isEmpty();
    }

    @Override
    public String toString() {
        return "NeedAssessment[" + assessedOn + ", " + problems.size() + " problem area(s), " + otherServices.size()
                + " other service(s)]";
    }
}
