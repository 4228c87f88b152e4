package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.actionplan.PlanPart;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Refusal;
import ee.hoolekanne.domain.decision.ActDefect;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.StockError;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Why a command of the social housing service was refused. A refused command changes
 * nothing. Every message is free of personal data.
 */
public sealed interface SocialHousingError extends Refusal {

    /** A sentence for a caseworker or a log. */
    String message();

    /** TSM-6 (1): the applicant must be an adult. */
    record ApplicantNotAdult() implements SocialHousingError {
        @Override
        public String message() {
            return "the applicant must be an adult (TSM-6)";
        }
    }

    /** The applicant of a case never changes. */
    record ApplicantChanged() implements SocialHousingError {
        @Override
        public String message() {
            return "the applicant of a case cannot change";
        }
    }

    /** @param missing TSM-7: the assessment bases it lacks */
    record AssessmentIncomplete(Set<AssessmentMethod> missing) implements SocialHousingError {
        @Override
        public String message() {
            return "the assessment does not rest on " + missing + " (TSM-7)";
        }
    }

    /** @param failures TSM-2: every condition not met */
    record NotEligible(List<EligibilityFailure> failures) implements SocialHousingError {
        @Override
        public String message() {
            return "not eligible (TSM-2): " + failures;
        }
    }

    /** @param expected the outcome the command needs, @param actual the outcome given */
    record WrongOutcome(String expected, String actual) implements SocialHousingError {
        @Override
        public String message() {
            return "this command needs a decision to " + expected + ", got " + actual;
        }
    }

    /** @param ruleId the rule the decision must rest on */
    record MissingLegalBasis(String ruleId) implements SocialHousingError {
        @Override
        public String message() {
            return "the decision must state " + ruleId + " as its legal basis (X-1)";
        }
    }

    /** @param kind TSM-11: no place of this kind is free */
    record NoFreePlace(PlacementKind kind) implements SocialHousingError {
        @Override
        public String message() {
            return "every " + kind + " is taken: put the applicant on the waiting list (TSM-11)";
        }
    }

    /** @param kind TSM-11: a place is free, so the applicant is not wait-listed */
    record PlaceAvailable(PlacementKind kind) implements SocialHousingError {
        @Override
        public String message() {
            return "a " + kind + " is free: the waiting list is only for when every place is taken (TSM-11)";
        }
    }

    /** @param error the housing stock's refusal */
    record Stock(StockError error) implements SocialHousingError {
        @Override
        public String message() {
            return error.message();
        }
    }

    /** @param deadline the deadline that has passed */
    record DeadlinePassed(Deadline deadline) implements SocialHousingError {
        @Override
        public String message() {
            return "too late: " + deadline.legalBasis().map(b -> b.ruleId() + " ").getOrElse("")
                    + "deadline was " + deadline.dueDate();
        }
    }

    /** @param deadline the deadline that has not passed yet */
    record DeadlineNotPassed(Deadline deadline) implements SocialHousingError {
        @Override
        public String message() {
            return "not lapsed: " + deadline.legalBasis().map(b -> b.ruleId() + " ").getOrElse("")
                    + "deadline is " + deadline.dueDate();
        }
    }

    /** @param missing TSM-12: how many adult applicants have not signed */
    record MissingSignatories(int missing) implements SocialHousingError {
        @Override
        public String message() {
            return missing + " adult applicant(s) of the shared dwelling have not signed (TSM-12)";
        }
    }

    /** @param reason what is wrong with the contract or date */
    record InvalidDates(String reason) implements SocialHousingError {
        @Override
        public String message() {
            return reason;
        }
    }

    /** a second action plan. */
    record ActionPlanAlreadyExists() implements SocialHousingError {
        @Override
        public String message() {
            return "the case already has an action plan (X-4)";
        }
    }

    /** @param missing TSM-17: every missing part */
    record ActionPlanIncomplete(List<PlanPart> missing) implements SocialHousingError {
        @Override
        public String message() {
            return "the action plan lacks " + missing + " (TSM-17)";
        }
    }

    /** No action plan yet. */
    record NoActionPlan() implements SocialHousingError {
        @Override
        public String message() {
            return "the case has no action plan yet (TSM-16)";
        }
    }

    /** @param goalId the goal that is not in the plan */
    record UnknownGoal(String goalId) implements SocialHousingError {
        @Override
        public String message() {
            return "the action plan has no goal " + goalId;
        }
    }

    /**
     * TSM-4, TSM-5: a grant names one bed place for each adult of a household without a child, or
     * one separate dwelling for a family with a child.
     *
     * @param kind     the placement the household needs
     * @param expected how many units it needs
     * @param given    how many the decision names
     */
    record WrongNumberOfUnits(PlacementKind kind, int expected, int given) implements SocialHousingError {
        @Override
        public String message() {
            return "the household needs " + expected + (kind == PlacementKind.BED_PLACE ? " bed place(s), one for each adult (TSM-4)"
                    : " separate dwelling (TSM-5)") + ", the decision names " + given;
        }
    }

    /** @param month the month already charged in full for the days of service it has */
    record AlreadyCharged(YearMonth month) implements SocialHousingError {
        @Override
        public String message() {
            return month + " is already charged for every day of service in it";
        }
    }

    /** @param month a month in which the service was not used */
    record NothingToCharge(YearMonth month) implements SocialHousingError {
        @Override
        public String message() {
            return "the service was not in use in " + month;
        }
    }

    /** @param kind the placement that this charge does not apply to */
    record NotChargeable(PlacementKind kind) implements SocialHousingError {
        @Override
        public String message() {
            return "this charge does not apply to a " + kind + " (TSM-4, TSM-5)";
        }
    }

    /** @param date no subsistence level is known for it */
    record NoSubsistenceLevel(LocalDate date) implements SocialHousingError {
        @Override
        public String message() {
            return "no subsistence level is in force on " + date;
        }
    }

    /** @param date no rule set is in force on it */
    record NoRuleSet(LocalDate date) implements SocialHousingError {
        @Override
        public String message() {
            return "no social housing rule set is in force on " + date;
        }
    }

    /** TSM-23: not every goal of the action plan is achieved. */
    record GoalsNotMet() implements SocialHousingError {
        @Override
        public String message() {
            return "not every goal of the action plan is achieved (TSM-23)";
        }
    }

    /** @param reason TSM-25: what the extension lacks */
    record ExtensionNotJustified(String reason) implements SocialHousingError {
        @Override
        public String message() {
            return "extension refused: " + reason + " (TSM-25)";
        }
    }

    /** @param serviceEnd TSM-21: the term has not expired */
    record NotYetExpired(LocalDate serviceEnd) implements SocialHousingError {
        @Override
        public String message() {
            return "the service term runs until " + serviceEnd + " (TSM-21)";
        }
    }

    /** @param reason why stored data cannot be a case (an adapter read a corrupt row or document) */
    record CorruptData(String reason) implements SocialHousingError {
        @Override
        public String message() {
            return "stored data is not a valid case: " + reason;
        }
    }

    /** @param caseId TSM-11: the case is on the waiting list already */
    record AlreadyWaiting(CaseId caseId) implements SocialHousingError {
        @Override
        public String message() {
            return "case " + caseId + " is on the waiting list already (TSM-11)";
        }
    }

    /** @param caseId TSM-11: the case is not on the waiting list */
    record NotWaiting(CaseId caseId) implements SocialHousingError {
        @Override
        public String message() {
            return "case " + caseId + " is not on the waiting list (TSM-11)";
        }
    }

    /** TSM-18 (§ 10(3) 1), TSM-20 3): the action plan is drawn up with the recipient taking part. */
    record RecipientNotInvolved() implements SocialHousingError {
        @Override
        public String message() {
            return "the action plan is drawn up with the recipient taking part (TSM-18, TSM-20 3)";
        }
    }

    /**
     * TSM-19: no house rules of the provider bind on the day.
     *
     * @param provider the provider of the recipient's contract
     * @param date     the day of the breach
     */
    record NoHouseRules(ShelterProvider provider, LocalDate date) implements SocialHousingError {
        @Override
        public String message() {
            return "no house rules of " + provider + " are recorded in force on " + date + " (TSM-19)";
        }
    }

    /**
     * TSM-19: a breach names a rule of the house rules in force.
     *
     * @param directive the directive in force on the day
     * @param rule      the rule named, which it does not have (or the directive named, which is not in force)
     */
    record UnknownHouseRule(String directive, String rule) implements SocialHousingError {
        @Override
        public String message() {
            return "rule " + rule + " is not a rule of the house rules in force (" + directive + ") (TSM-19)";
        }
    }

    /**
     * TSM-22: the grounds of an early end are those of § 13(2) (the list is open: a ground stated
     * in the decision's own words rests on TSM-22) and, for the goals met, § 13(3).
     *
     * @param rule the rule a stated ground rested on instead
     */
    record NotAnEarlyEndGround(String rule) implements SocialHousingError {
        @Override
        public String message() {
            return "a ground stated for an early end rests on TSM-22, not " + rule;
        }
    }

    /**
     * TSM-23: the recipient's coping is not shown: not assessed, or a condition of § 13(3) unmet.
     *
     * @param unmet the conditions not shown
     */
    record CopingNotShown(List<String> unmet) implements SocialHousingError {
        /** Copies the list. */
        public CopingNotShown {
            unmet = List.copyOf(unmet);
        }

        @Override
        public String message() {
            return "the recipient's coping is not shown: " + String.join(", ", unmet) + " (TSM-23)";
        }
    }

    /**
     * TSM-24, TSM-25: the assessment or opinion comes from the provider of the service.
     *
     * @param expected the provider of the contract
     * @param given    the provider named
     */
    record WrongProvider(ShelterProvider expected, ShelterProvider given) implements SocialHousingError {
        @Override
        public String message() {
            return "the service is provided by " + expected + ", not " + given + " (TSM-24, TSM-25)";
        }
    }

    /**
     * TSM-6: an adult applies at the area centre of their residence.
     *
     * @param competent the area centre of the applicant's residence
     * @param filedAt   where the application was filed
     */
    record WrongAreaCentre(String competent, String filedAt) implements SocialHousingError {
        @Override
        public String message() {
            return "the application is filed at the area centre of the applicant's residence, not " + filedAt + " (TSM-6)";
        }
    }

    /**
     * The decision is not a lawful administrative act: made without competence (HMS-4), without
     * its facts (HMS-2) or without a hearing (HMS-5). Nothing changed.
     *
     * @param defect what is wrong
     */
    record DefectiveDecision(ActDefect defect) implements SocialHousingError {
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
    record NoProcedure(LocalDate date) implements SocialHousingError {
        @Override
        public String message() {
            return "no administrative procedure rules are in force on " + date;
        }
    }

    /** HMS-1: an incomplete application is left unprocessed only after a remedy term was set and passed. */
    record NoRemedyTerm() implements SocialHousingError {
        @Override
        public String message() {
            return "no term to remedy the application was set (HMS-1)";
        }
    }
}
