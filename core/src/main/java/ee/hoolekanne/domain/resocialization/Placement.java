package ee.hoolekanne.domain.resocialization;

import io.vavr.control.Either;

import java.util.Objects;

/**
 * Which stage fits a person, and why (RES-3).
 *
 * @param stage  the stage
 * @param reason the finding it rests on, in English
 */
public record Placement(Stage stage, String reason) {

    /** Both parts are required. */
    public Placement {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * RES-3: the shelter for round-the-clock care needs; a social housing unit for guidance and
     * counselling; a dormitory for a little of it. Every stage requires that the person has no
     * dwelling.
     *
     * @return the placement with its reason, or why no stage fits
     */
    public static Either<String, Placement> fit(AssessedNeeds needs) {
        if (needs.hasDwelling()) {
            return Either.left("the person has a dwelling: no stage fits (RES-3)");
        }
        if (needs.needsRoundTheClockCare()) {
            return Either.right(new Placement(Stage.SHELTER,
                    "no dwelling; health-related special needs require long-term round-the-clock help and care (RES-3)"));
        }
        return switch (needs.guidance()) {
            case SUBSTANTIAL -> Either.right(new Placement(Stage.SOCIAL_HOUSING_UNIT,
                    "no dwelling; needs guidance and counselling to keep or improve coping (RES-3)"));
            case LITTLE -> Either.right(new Placement(Stage.DORMITORY,
                    "no dwelling; needs a small amount of guidance and counselling (RES-3)"));
            case NONE -> Either.left("no need for guidance and counselling: no stage fits (RES-3)");
        };
    }
}
