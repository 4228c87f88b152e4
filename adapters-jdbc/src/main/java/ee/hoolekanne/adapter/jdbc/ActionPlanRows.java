package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.actionplan.Activity;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.Goal;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    void write(Jdbc.Db db, Connection c, String id, ActionPlan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~" + prefix + "_action_plan (case_id, drawn_up_on, "
                + "participated, recipient_data, case_description, problems, resources, hindering_factors, cooperation, interim_on, "
                + "follow_up_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
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
        writeGoals(db, c, id, null, p.goals());
    }

    private void writeGoals(Jdbc.Db db, Connection c, String id, String parent, List<Goal> goals) throws SQLException {
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            int position = i;
            Jdbc.insertAll(db, c, "INSERT INTO ~" + prefix + "_goal (case_id, goal_id, parent_goal_id, position, description) "
                    + "VALUES (?, ?, ?, ?, ?)", List.of(g), (ps, k, goal) -> {
                        ps.setString(1, id);
                        ps.setString(2, goal.id());
                        ps.setString(3, parent);
                        ps.setInt(4, position);
                        ps.setString(5, goal.description());
                    });
            Jdbc.insertAll(db, c, "INSERT INTO ~" + prefix + "_activity (case_id, goal_id, position, description, from_date, until_date, "
                    + "done_by) VALUES (?, ?, ?, ?, ?, ?, ?)", g.activities(), (ps, k, a) -> {
                        ps.setString(1, id);
                        ps.setString(2, g.id());
                        ps.setInt(3, k);
                        ps.setString(4, a.description());
                        ps.setDate(5, Jdbc.date(a.from()));
                        ps.setDate(6, Jdbc.date(a.until()));
                        ps.setString(7, a.doneBy());
                    });
            Jdbc.insertAll(db, c, "INSERT INTO ~" + prefix + "_evaluation (case_id, goal_id, position, kind, status, evidence, evaluator, "
                    + "on_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", g.evaluations(), (ps, k, e) -> {
                        ps.setString(1, id);
                        ps.setString(2, g.id());
                        ps.setInt(3, k);
                        ps.setString(4, e.kind().name());
                        ps.setString(5, e.status().name());
                        ps.setString(6, e.evidence());
                        ps.setString(7, e.evaluator());
                        ps.setDate(8, Jdbc.date(e.date()));
                    });
            writeGoals(db, c, id, g.id(), g.subGoals());
        }
    }

    /** The case's plan, if it has one, its goals rebuilt as a tree from their rows. */
    Option<ActionPlan> read(Children children, String id) throws SQLException {
        List<Row> plans = children.of(prefix + "_action_plan", "case_id", id, "case_id");
        if (plans.isEmpty()) {
            return Option.none();
        }
        Row p = plans.get(0);
        Map<String, List<Activity>> activities = new LinkedHashMap<>();
        for (Row r : children.of(prefix + "_activity", "case_id", id, "goal_id, position")) {
            activities.computeIfAbsent(r.string("goal_id"), k -> new ArrayList<>()).add(new Activity(r.string("description"),
                    r.date("from_date"), r.date("until_date"), r.string("done_by")));
        }
        Map<String, List<Evaluation>> evaluations = new LinkedHashMap<>();
        for (Row r : children.of(prefix + "_evaluation", "case_id", id, "goal_id, position")) {
            evaluations.computeIfAbsent(r.string("goal_id"), k -> new ArrayList<>()).add(new Evaluation(
                    Evaluation.Kind.valueOf(r.string("kind")), GoalStatus.valueOf(r.string("status")), r.string("evidence"),
                    r.string("evaluator"), r.date("on_date")));
        }
        List<Row> goals = children.of(prefix + "_goal", "case_id", id, "position");
        return Option.some(new ActionPlan(p.date("drawn_up_on"), p.flag("participated"), p.string("recipient_data"),
                p.string("case_description"), p.string("problems"), p.string("resources"), p.string("hindering_factors"),
                goals(goals, null, activities, evaluations), p.string("cooperation"), p.date("interim_on"), p.date("follow_up_on")));
    }

    private static List<Goal> goals(List<Row> rows, String parent, Map<String, List<Activity>> activities,
                                    Map<String, List<Evaluation>> evaluations) {
        List<Goal> out = new ArrayList<>();
        for (Row r : rows) {
            if (Objects.equals(r.string("parent_goal_id"), parent)) {
                String goalId = r.string("goal_id");
                out.add(new Goal(goalId, r.string("description"), goals(rows, goalId, activities, evaluations),
                        activities.getOrDefault(goalId, List.of()), evaluations.getOrDefault(goalId, List.of())));
            }
        }
        return out;
    }
}
