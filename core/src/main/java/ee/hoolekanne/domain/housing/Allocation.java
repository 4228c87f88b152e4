package ee.hoolekanne.domain.housing;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit given to a case for a period, both ends inclusive.
 *
 * @param unit   the unit
 * @param caseId the case it is given to
 * @param from   the first day
 * @param until  the last day, not before {@code from}
 */
public record Allocation(UnitId unit, CaseId caseId, LocalDate from, LocalDate until) {
    /** @throws IllegalArgumentException if the period ends before it starts */
    public Allocation {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("an allocation ends before it starts");
        }
    }

    /** Whether this allocation and {@code other} share a unit and at least one day. */
    public boolean overlaps(UnitId otherUnit, LocalDate otherFrom, LocalDate otherUntil) {
        return unit.equals(otherUnit) && !otherUntil.isBefore(from) && !otherFrom.isAfter(until);
    }

    /** Whether the allocation covers {@code date}. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
