package ee.hoolekanne.domain.substitutecare;

import ee.hoolekanne.domain.supportperson.Training;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A mentor for families (AHT-6): has personal experience as an adoptive or foster parent and has
 * completed the preparatory training.
 *
 * @param id                 the mentor
 * @param personalExperience their own adoption or foster-parent experience, if any
 * @param preparatoryTraining the preparatory training, if completed
 */
public record Mentor(String id, Option<CarerKind> personalExperience, Option<Training> preparatoryTraining) {
    /** Every part is required. */
    public Mentor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personalExperience, "personalExperience");
        Objects.requireNonNull(preparatoryTraining, "preparatoryTraining");
    }

    /** AHT-6: personal adoption or foster experience, and the training. */
    public boolean isQualified() {
        return personalExperience.exists(k -> k == CarerKind.ADOPTIVE || k == CarerKind.FOSTER)
                && preparatoryTraining.isDefined();
    }
}
