package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Lets people join a group that is open and has room for all of them (AHT-7: the group's limits
 * count people, not families).
 *
 * @param caseId the group
 * @param people who join together, each by a reference (e.g. both parents of a foster family)
 * @param on     the day
 */
public record JoinGroupCommand(CaseId caseId, List<String> people, LocalDate on) {
    /** Every part is required; the list is copied. */
    public JoinGroupCommand {
        Objects.requireNonNull(caseId, "caseId");
        people = List.copyOf(people);
        Objects.requireNonNull(on, "on");
    }

    /** One person joins. */
    public JoinGroupCommand(CaseId caseId, String person, LocalDate on) {
        this(caseId, List.of(person), on);
    }
}
