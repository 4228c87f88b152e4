package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.actionplan.PlanPart;
import ee.hoolekanne.domain.casefile.Refusal;
import ee.hoolekanne.domain.decision.ActDefect;

import java.time.LocalDate;
import java.util.List;

/** Why a command of the resocialization service was refused; messages are free of personal data. */
public sealed interface ResocializationError extends Refusal {

    /** A sentence for a caseworker or a log. */
    String message();

    /** RES-9: the applicant has not proven their identity with a document. */
    record IdentityNotProven() implements ResocializationError {
        @Override
        public String message() {
            return "the applicant proves their identity with an identity document (RES-9)";
        }
    }

    /** RES-6: filed elsewhere than the district government of the registered residence. */
    record WrongDistrict() implements ResocializationError {
        @Override
        public String message() {
            return "the application is filed at the district government of the registered residence (RES-6)";
        }
    }

    /** RES-8: only the head of the welfare department or their deputy decides. */
    record NotAuthorised() implements ResocializationError {
        @Override
        public String message() {
            return "only the head of the welfare department or their deputy decides (RES-8)";
        }
    }

    /** @param reason RES-3: why no stage fits, or why this one does not */
    record StageDoesNotFit(String reason) implements ResocializationError {
        @Override
        public String message() {
            return reason;
        }
    }

    /** RES-4, RES-5: the current stage's goals are not met. */
    record GoalsNotMet() implements ResocializationError {
        @Override
        public String message() {
            return "the current stage's goals are not met (RES-4)";
        }
    }

    /** RES-5: the person is not ready for independent life (no dwelling found). */
    record NotReady() implements ResocializationError {
        @Override
        public String message() {
            return "the person is not ready for independent life: no dwelling found (RES-5)";
        }
    }

    /** RES-2: the goals, activities and timetable are set together with the person. */
    record NotSetWithPerson() implements ResocializationError {
        @Override
        public String message() {
            return "the action plan is drawn up together with the person (RES-2)";
        }
    }

    /** @param missing every missing part of the action plan */
    record ActionPlanIncomplete(List<PlanPart> missing) implements ResocializationError {
        @Override
        public String message() {
            return "the action plan lacks " + missing;
        }
    }

    /** The current stage has an action plan already. */
    record ActionPlanExists() implements ResocializationError {
        @Override
        public String message() {
            return "the current stage has an action plan already (X-4)";
        }
    }

    /** No action plan for the current stage. */
    record NoActionPlan() implements ResocializationError {
        @Override
        public String message() {
            return "the current stage has no action plan";
        }
    }

    /**
     * RES-10: the price list in force has no row for a stay: the stay is not billed at zero.
     *
     * @param row the row it lacks, e.g. "SHELTER, 8-bed room, building not renovated, adult"
     */
    record NoPrice(String row) implements ResocializationError {
        @Override
        public String message() {
            return "the price list has no row for " + row + " (RES-10)";
        }
    }

    /**
     * RES-10: no price list is in force on a day to bill.
     *
     * @param on        the day
     * @param firstList the day the first known list came into force
     */
    record NoPriceList(java.time.LocalDate on, java.time.LocalDate firstList) implements ResocializationError {
        @Override
        public String message() {
            return "no price list is in force on " + on + ": the first known one is in force from " + firstList + " (RES-10)";
        }
    }

    /** RES-11: a move back goes to an earlier accommodation stage, by a decision to that stage. */
    record NotAnEarlierStage(Stage from, Stage to) implements ResocializationError {
        @Override
        public String message() {
            return "a move back from " + from + " goes to an earlier stage, not " + to + " (RES-11)";
        }
    }

    /** @param reason what is wrong */
    record Invalid(String reason) implements ResocializationError {
        @Override
        public String message() {
            return reason;
        }
    }

    /**
     * The decision is not a lawful administrative act: made without competence (HMS-4), without
     * its facts (HMS-2) or without a hearing (HMS-5). Nothing changed.
     *
     * @param defect what is wrong
     */
    record DefectiveDecision(ActDefect defect) implements ResocializationError {
        @Override
        public String message() {
            return defect.message();
        }
    }

    /**
     * No procedure (competence, challenge route) is in force on the decision's date (HMS-3, HMS-4).
     *
     * @param date the decision's date
     */
    record NoProcedure(LocalDate date) implements ResocializationError {
        @Override
        public String message() {
            return "no administrative procedure rules are in force on " + date;
        }
    }
}
