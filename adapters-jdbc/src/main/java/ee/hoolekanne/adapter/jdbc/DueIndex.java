package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.deadline.ObligationSchedule;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The deadline index of one service (table {@code case_due}): each open case's earliest due date
 * under the service's {@link ObligationSchedule}, rewritten in the transaction that saves the
 * case, so {@code findDueBy} reads only the cases with something due through the index
 * {@code case_due_by_date}.
 *
 * @param service  the service's key in the table
 * @param schedule the schedule the index is computed with
 * @param <T>      the case type
 */
record DueIndex<T>(String service, ObligationSchedule<T> schedule) {

    /** The ids of the service's cases with something due on or before the bound date, in id order. */
    static final String DUE_BY = "SELECT case_id FROM case_due WHERE service = ? AND next_due <= ? ORDER BY case_id";

    /** Replaces the case's row by its next due date under the schedule (no row when nothing is open); whether it wrote one. */
    boolean write(Connection c, String caseId, T aCase) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_due WHERE service = ? AND case_id = ?")) {
            ps.setString(1, service);
            ps.setString(2, caseId);
            ps.executeUpdate();
        }
        Option<LocalDate> next = schedule.nextDue(aCase);
        if (next.isDefined()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_due (service, case_id, next_due) VALUES (?, ?, ?)")) {
                ps.setString(1, service);
                ps.setString(2, caseId);
                ps.setDate(3, Date.valueOf(next.get()));
                ps.executeUpdate();
            }
        }
        return next.isDefined();
    }

    /** Whether the index answers for {@code asked}: only for the schedule it was computed with. */
    boolean answers(ObligationSchedule<T> asked) {
        return schedule.equals(asked);
    }

    /** Sets {@link #DUE_BY}'s parameters. */
    Jdbc.Parameters dueBy(LocalDate horizon) {
        return ps -> {
            ps.setString(1, service);
            ps.setDate(2, Date.valueOf(horizon));
        };
    }
}
