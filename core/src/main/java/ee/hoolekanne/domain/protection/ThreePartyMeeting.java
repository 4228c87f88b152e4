package ee.hoolekanne.domain.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The meeting of client, local-government case manager and provider (RVK-5): checks the fit of
 * client and support person, explains the service and sets the goals.
 *
 * @param heldOn       when
 * @param fitConfirmed whether client and support person suit each other
 * @param goals        the goals set, at least one
 */
public record ThreePartyMeeting(LocalDate heldOn, boolean fitConfirmed, List<String> goals) {
    /** Copies the goals; at least one. */
    public ThreePartyMeeting {
        Objects.requireNonNull(heldOn, "heldOn");
        goals = List.copyOf(goals);
        if (goals.isEmpty()) {
            throw new IllegalArgumentException("the meeting sets goals");
        }
    }

    @Override
    public String toString() {
        return "ThreePartyMeeting[" + heldOn + ", fit=" + fitConfirmed + ", " + goals.size() + " goals]";
    }
}
