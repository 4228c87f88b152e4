package ee.hoolekanne.domain.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The local government's assessment of the need, made with the client (RVK-2): which other
 * services the person receives, and whether this service would duplicate one (it may run
 * alongside them).
 *
 * @param assessedOn      when
 * @param localGovernment which local government
 * @param otherServices   the other services the person receives
 * @param duplicates      whether this service would duplicate one of them
 */
public record NeedAssessment(LocalDate assessedOn, String localGovernment, List<String> otherServices, boolean duplicates) {
    /** Copies the list. */
    public NeedAssessment {
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(localGovernment, "localGovernment");
        otherServices = List.copyOf(otherServices);
    }
}
