package ee.hoolekanne.domain.actionplan;

import io.vavr.control.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A goal with its sub-goals, the activities towards it and its evaluations (TSM-17 parts 6, 7, 9).
 *
 * @param id          unique within the plan
 * @param description what the goal is
 * @param subGoals    its sub-goals
 * @param activities  what is done towards it
 * @param evaluations its evaluations, oldest first
 */
public record Goal(String id, String description, List<Goal> subGoals, List<Activity> activities,
                   List<Evaluation> evaluations) {

    /** Copies the lists; id and description are non-blank. */
    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        if (id.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("a goal has an id and a description");
        }
        subGoals = List.copyOf(subGoals);
        activities = List.copyOf(activities);
        evaluations = List.copyOf(evaluations);
    }

    /** A goal without sub-goals and not yet evaluated. */
    public static Goal of(String id, String description, List<Activity> activities) {
        return new Goal(id, description, List.of(), activities, List.of());
    }

    /** This goal with sub-goals. */
    public Goal withSubGoals(List<Goal> goals) {
        return new Goal(id, description, goals, activities, evaluations);
    }

    /** The latest evaluation's status, if evaluated. */
    public Option<GoalStatus> status() {
        return evaluations.isEmpty() ? Option.none() : Option.some(evaluations.get(evaluations.size() - 1).status());
    }

    /** Whether this goal and every sub-goal, recursively, has at least one activity. */
    boolean hasActivitiesThroughout() {
        return !activities.isEmpty() && subGoals.stream().allMatch(Goal::hasActivitiesThroughout);
    }

    /** Every goal id in this tree. */
    void collectIds(List<String> into) {
        into.add(id);
        subGoals.forEach(g -> g.collectIds(into));
    }

    /** This tree with {@code evaluation} added to the goal {@code goalId}, if it is in it. */
    Option<Goal> evaluated(String goalId, Evaluation evaluation) {
        if (id.equals(goalId)) {
            List<Evaluation> list = new ArrayList<>(evaluations);
            list.add(evaluation);
            return Option.some(new Goal(id, description, subGoals, activities, list));
        }
        for (int i = 0; i < subGoals.size(); i++) {
            Option<Goal> changed = subGoals.get(i).evaluated(goalId, evaluation);
            if (changed.isDefined()) {
                List<Goal> list = new ArrayList<>(subGoals);
                list.set(i, changed.get());
                return Option.some(new Goal(id, description, list, activities, evaluations));
            }
        }
        return Option.none();
    }

    @Override
    public String toString() {
        return "Goal[" + id + ", " + subGoals.size() + " sub-goals, " + activities.size() + " activities, "
                + evaluations.size() + " evaluations]";
    }
}
