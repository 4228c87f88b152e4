package ee.hoolekanne.domain.resocialization;

import java.util.Objects;

/**
 * What the district government's assessment found (RES-3, RES-6).
 *
 * @param assessedBy          the district government's welfare department
 * @param hasDwelling         whether the person has a dwelling (every stage requires that they have none)
 * @param needsRoundTheClockCare health-related special needs requiring long-term round-the-clock help and care
 * @param guidance            how much guidance and counselling the person needs
 */
public record AssessedNeeds(String assessedBy, boolean hasDwelling, boolean needsRoundTheClockCare, Guidance guidance) {

    /** How much guidance and counselling a person needs. */
    public enum Guidance {
        /** Guidance and counselling to keep or improve coping. */
        SUBSTANTIAL,
        /** A small amount of guidance and counselling. */
        LITTLE,
        /** None. */
        NONE
    }

    /** Every part is required. */
    public AssessedNeeds {
        Objects.requireNonNull(assessedBy, "assessedBy");
        Objects.requireNonNull(guidance, "guidance");
    }
}
