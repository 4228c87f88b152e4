package ee.hoolekanne.domain.protection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The support person's notice to the local government of a change in the client's situation or
 * behaviour, for the worse or the better (RVK-7: immediately). Its description is personal data.
 *
 * @param observedOn  when the support person noticed the change
 * @param notifiedOn  when they told the local government
 * @param improvement whether it is a change for the better
 * @param description what changed
 */
public record ChangeNotice(LocalDate observedOn, LocalDate notifiedOn, boolean improvement, String description) {
    /** Every part is required; notified on or after it was observed. */
    public ChangeNotice {
        Objects.requireNonNull(observedOn, "observedOn");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        Objects.requireNonNull(description, "description");
        if (notifiedOn.isBefore(observedOn)) {
            throw new IllegalArgumentException("notified before it was observed");
        }
    }

    /** RVK-7: notified the same day it was observed. */
    public boolean wasImmediate() {
        return notifiedOn.equals(observedOn);
    }

    @Override
    public String toString() {
        return "ChangeNotice[" + observedOn + ", " + (wasImmediate() ? "immediate" : "late") + "]";
    }
}
