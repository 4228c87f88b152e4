package ee.hoolekanne.domain.actionplan;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An action plan as drawn up, possibly with parts missing. {@link #validate()} turns it into an
 * {@link ActionPlan} or reports every missing part at once (TSM-17).
 *
 * @param drawnUpOn              the date
 * @param recipientParticipated  whether the recipient took part in drawing it up (TSM-18, RES-2)
 * @param recipientData          part 1
 * @param caseDescription        part 2
 * @param problems               part 3
 * @param resources              part 4
 * @param hinderingFactors       part 5
 * @param goals                  parts 6 and 7
 * @param cooperationAgreement   part 8
 * @param interimEvaluationOn    part 9, interim
 * @param followUpEvaluationOn   part 9, follow-up
 */
public record ActionPlanDraft(LocalDate drawnUpOn, boolean recipientParticipated, Option<String> recipientData,
                              Option<String> caseDescription, Option<String> problems, Option<String> resources,
                              Option<String> hinderingFactors, List<Goal> goals, Option<String> cooperationAgreement,
                              Option<LocalDate> interimEvaluationOn, Option<LocalDate> followUpEvaluationOn) {

    /** Copies the goals; options are required (use none for a missing part). */
    public ActionPlanDraft {
        Objects.requireNonNull(drawnUpOn, "drawnUpOn");
        Objects.requireNonNull(recipientData, "recipientData");
        Objects.requireNonNull(caseDescription, "caseDescription");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(hinderingFactors, "hinderingFactors");
        goals = List.copyOf(goals);
        Objects.requireNonNull(cooperationAgreement, "cooperationAgreement");
        Objects.requireNonNull(interimEvaluationOn, "interimEvaluationOn");
        Objects.requireNonNull(followUpEvaluationOn, "followUpEvaluationOn");
    }

    /**
     * TSM-17: the plan, or every missing part. A text part is missing when absent or blank; goals
     * when there are none; activities when any goal or sub-goal has none; the evaluation schedule
     * when either date is absent or the follow-up is not after the interim evaluation.
     */
    public Validation<Seq<PlanPart>, ActionPlan> validate() {
        List<PlanPart> missing = new ArrayList<>();
        text(recipientData, PlanPart.RECIPIENT_DATA, missing);
        text(caseDescription, PlanPart.CASE_DESCRIPTION, missing);
        text(problems, PlanPart.PROBLEMS, missing);
        text(resources, PlanPart.RESOURCES, missing);
        text(hinderingFactors, PlanPart.HINDERING_FACTORS, missing);
        if (goals.isEmpty()) {
            missing.add(PlanPart.GOALS);
        }
        if (goals.isEmpty() || !goals.stream().allMatch(Goal::hasActivitiesThroughout)) {
            missing.add(PlanPart.ACTIVITIES);
        }
        text(cooperationAgreement, PlanPart.COOPERATION_AGREEMENT, missing);
        boolean schedule = interimEvaluationOn.isDefined() && followUpEvaluationOn.isDefined()
                && followUpEvaluationOn.get().isAfter(interimEvaluationOn.get());
        if (!schedule) {
            missing.add(PlanPart.EVALUATION_SCHEDULE);
        }
        List<String> ids = new ArrayList<>();
        goals.forEach(g -> g.collectIds(ids));
        if (ids.stream().distinct().count() != ids.size()) {
            missing.add(PlanPart.GOALS);
        }
        if (!missing.isEmpty()) {
            return Validation.invalid(io.vavr.collection.List.ofAll(missing.stream().distinct()));
        }
        return Validation.valid(new ActionPlan(drawnUpOn, recipientParticipated, recipientData.get(),
                caseDescription.get(), problems.get(), resources.get(), hinderingFactors.get(), goals,
                cooperationAgreement.get(), interimEvaluationOn.get(), followUpEvaluationOn.get()));
    }

    private static void text(Option<String> part, PlanPart name, List<PlanPart> missing) {
        if (part.isEmpty() || part.get().isBlank()) {
            missing.add(name);
        }
    }

    @Override
    public String toString() {
        return "ActionPlanDraft[" + drawnUpOn + ", " + goals.size() + " goals]";
    }
}
