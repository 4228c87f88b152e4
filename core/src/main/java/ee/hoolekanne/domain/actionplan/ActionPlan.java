package ee.hoolekanne.domain.actionplan;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A complete action plan: all nine parts of TSM-17 present. Made only by
 * {@link ActionPlanDraft#validate()} (or by adapters, rebuilding a stored plan). The texts are
 * personal data: {@code toString()} shows only dates and counts. Immutable.
 *
 * @param drawnUpOn             the date it was drawn up
 * @param recipientParticipated whether the recipient took part (TSM-18, RES-2)
 * @param recipientData         part 1
 * @param caseDescription       part 2
 * @param problems              part 3
 * @param resources             part 4
 * @param hinderingFactors      part 5
 * @param goals                 parts 6, 7 and the evaluations of part 9
 * @param cooperationAgreement  part 8
 * @param interimEvaluationOn   part 9
 * @param followUpEvaluationOn  part 9
 */
public record ActionPlan(LocalDate drawnUpOn, boolean recipientParticipated, String recipientData,
                         String caseDescription, String problems, String resources, String hinderingFactors,
                         List<Goal> goals, String cooperationAgreement, LocalDate interimEvaluationOn,
                         LocalDate followUpEvaluationOn) {

    /** Checks what {@link ActionPlanDraft#validate()} checks; adapters rebuild plans through it. */
    public ActionPlan {
        Objects.requireNonNull(drawnUpOn, "drawnUpOn");
        goals = List.copyOf(goals);
        if (goals.isEmpty() || !goals.stream().allMatch(Goal::hasActivitiesThroughout)) {
            throw new IllegalArgumentException("an action plan has goals with activities");
        }
        Objects.requireNonNull(recipientData, "recipientData");
        Objects.requireNonNull(caseDescription, "caseDescription");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(hinderingFactors, "hinderingFactors");
        Objects.requireNonNull(cooperationAgreement, "cooperationAgreement");
        Objects.requireNonNull(interimEvaluationOn, "interimEvaluationOn");
        Objects.requireNonNull(followUpEvaluationOn, "followUpEvaluationOn");
    }

    /**
     * This plan with {@code evaluation} recorded for the goal or sub-goal {@code goalId}.
     *
     * @return the new plan, or none if there is no such goal
     */
    public Option<ActionPlan> evaluate(String goalId, Evaluation evaluation) {
        for (int i = 0; i < goals.size(); i++) {
            Option<Goal> changed = goals.get(i).evaluated(goalId, evaluation);
            if (changed.isDefined()) {
                List<Goal> list = new ArrayList<>(goals);
                list.set(i, changed.get());
                return Option.some(new ActionPlan(drawnUpOn, recipientParticipated, recipientData, caseDescription,
                        problems, resources, hinderingFactors, list, cooperationAgreement, interimEvaluationOn,
                        followUpEvaluationOn));
            }
        }
        return Option.none();
    }

    /** Whether every top-level goal's latest evaluation found it achieved (TSM-23). */
    public boolean allGoalsAchieved() {
        return goals.stream().allMatch(g -> g.status().contains(GoalStatus.ACHIEVED));
    }

    @Override
    public String toString() {
        return "ActionPlan[" + drawnUpOn + ", " + goals.size() + " goals]";
    }
}
