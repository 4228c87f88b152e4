package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.actionplan.Activity;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.Goal;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An action plan (goals tree, activities, evaluations) in four tables named by a fixed prefix:
 * {@code <prefix>_action_plan}, {@code _goal}, {@code _activity}, {@code _evaluation}. Shared by
 * every service whose aggregate holds a plan.
 */
enum ActionPlanRows {
    /** Social housing cases. */
    SOCIAL_HOUSING("sh"),
    /** Released prisoners' accommodation. */
    ACCOMMODATION("jus"),
    /** Resocialization stages. */
    RESOCIALIZATION("res");

    private final String prefix;

    ActionPlanRows(String prefix) {
        this.prefix = prefix;
    }

    /** The tables, children first, for clean-up. */
    List<String> tables() {
        return List.of(prefix + "_activity", prefix + "_evaluation", prefix + "_goal", prefix + "_action_plan");
    }

    void write(Connection c, String id, ActionPlan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + prefix + "_action_plan (case_id, drawn_up_on, participated, recipient_data, "
                + "case_description, problems, resources, hindering_factors, cooperation, interim_on, follow_up_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setDate(2, Jdbc.date(p.drawnUpOn()));
            ps.setBoolean(3, p.recipientParticipated());
            ps.setString(4, p.recipientData());
            ps.setString(5, p.caseDescription());
            ps.setString(6, p.problems());
            ps.setString(7, p.resources());
            ps.setString(8, p.hinderingFactors());
            ps.setString(9, p.cooperationAgreement());
            ps.setDate(10, Jdbc.date(p.interimEvaluationOn()));
            ps.setDate(11, Jdbc.date(p.followUpEvaluationOn()));
            ps.executeUpdate();
        }
        writeGoals(c, id, null, p.goals());
    }

    private void writeGoals(Connection c, String id, String parent, List<Goal> goals) throws SQLException {
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + prefix + "_goal (case_id, goal_id, parent_goal_id, position, description) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, g.id());
                ps.setString(3, parent);
                ps.setInt(4, i);
                ps.setString(5, g.description());
                ps.executeUpdate();
            }
            Jdbc.insertAll(c, "INSERT INTO " + prefix + "_activity (case_id, goal_id, position, description, from_date, until_date, done_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", g.activities(), (ps, k, a) -> {
                        ps.setString(1, id);
                        ps.setString(2, g.id());
                        ps.setInt(3, k);
                        ps.setString(4, a.description());
                        ps.setDate(5, Jdbc.date(a.from()));
                        ps.setDate(6, Jdbc.date(a.until()));
                        ps.setString(7, a.doneBy());
                    });
            Jdbc.insertAll(c, "INSERT INTO " + prefix + "_evaluation (case_id, goal_id, position, kind, status, evidence, evaluator, on_date) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", g.evaluations(), (ps, k, e) -> {
                        ps.setString(1, id);
                        ps.setString(2, g.id());
                        ps.setInt(3, k);
                        ps.setString(4, e.kind().name());
                        ps.setString(5, e.status().name());
                        ps.setString(6, e.evidence());
                        ps.setString(7, e.evaluator());
                        ps.setDate(8, Jdbc.date(e.date()));
                    });
            writeGoals(c, id, g.id(), g.subGoals());
        }
    }

    Option<ActionPlan> read(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + prefix + "_action_plan WHERE case_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Option.none();
                }
                return Option.some(new ActionPlan(Jdbc.date(rs, "drawn_up_on"), rs.getBoolean("participated"),
                        rs.getString("recipient_data"), rs.getString("case_description"), rs.getString("problems"),
                        rs.getString("resources"), rs.getString("hindering_factors"), goals(c, id, null),
                        rs.getString("cooperation"), Jdbc.date(rs, "interim_on"), Jdbc.date(rs, "follow_up_on")));
            }
        }
    }

    private List<Goal> goals(Connection c, String id, String parent) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        String sql = parent == null
                ? "SELECT goal_id, description FROM " + prefix + "_goal WHERE case_id = ? AND parent_goal_id IS NULL ORDER BY position"
                : "SELECT goal_id, description FROM " + prefix + "_goal WHERE case_id = ? AND parent_goal_id = ? ORDER BY position";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            if (parent != null) {
                ps.setString(2, parent);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        List<Goal> goals = new ArrayList<>();
        for (String[] row : rows) {
            List<Activity> activities = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT description, from_date, until_date, done_by FROM " + prefix + "_activity "
                    + "WHERE case_id = ? AND goal_id = ? ORDER BY position")) {
                ps.setString(1, id);
                ps.setString(2, row[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        activities.add(new Activity(rs.getString(1), Jdbc.date(rs, "from_date"), Jdbc.date(rs, "until_date"), rs.getString(4)));
                    }
                }
            }
            List<Evaluation> evaluations = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, status, evidence, evaluator, on_date FROM " + prefix + "_evaluation "
                    + "WHERE case_id = ? AND goal_id = ? ORDER BY position")) {
                ps.setString(1, id);
                ps.setString(2, row[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        evaluations.add(new Evaluation(Evaluation.Kind.valueOf(rs.getString(1)), GoalStatus.valueOf(rs.getString(2)),
                                rs.getString(3), rs.getString(4), Jdbc.date(rs, "on_date")));
                    }
                }
            }
            goals.add(new Goal(row[0], row[1], goals(c, id, row[0]), activities, evaluations));
        }
        return goals;
    }
}
