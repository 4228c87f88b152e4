package ee.hoolekanne.domain.supportperson;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EffectivePeriod;
import ee.hoolekanne.domain.casefile.Refusal;
import ee.hoolekanne.domain.decision.ActDefect;

import java.time.LocalDate;

/**
 * Why a command of a support-person or substitute-care service was refused. A refused
 * command changes nothing. Every message is free of personal data.
 */
public sealed interface SupportServiceError extends Refusal {

    /** A sentence for a caseworker or a log. */
    String message();

    /** @param reason which eligibility condition is not met (RVK-1, AHT-9, JUS-1, JUS-3) */
    record NotEligible(String reason) implements SupportServiceError {
        @Override
        public String message() {
            return "not eligible: " + reason;
        }
    }

    /** RVK-2: the service would duplicate another service the person receives. */
    record DuplicatesOtherService() implements SupportServiceError {
        @Override
        public String message() {
            return "the service would duplicate another service the person receives (RVK-2)";
        }
    }

    /** RVK-3: the support person does not speak the service language and no interpreter is involved. */
    record LanguageNotCovered() implements SupportServiceError {
        @Override
        public String message() {
            return "the support person does not speak the service language and no interpreter is involved (RVK-3)";
        }
    }

    /** The support person lacks the required training or education (AHT-10, JUS-2). */
    record NotQualified() implements SupportServiceError {
        @Override
        public String message() {
            return "the support person has neither the training nor the education required";
        }
    }

    /** @param reason why the support person cannot take this assignment */
    record WrongSupportPerson(String reason) implements SupportServiceError {
        @Override
        public String message() {
            return reason;
        }
    }

    /** @param earliest the first day the assignment may start (AHT-10, JUS-1) */
    record BeforeWindow(LocalDate earliest) implements SupportServiceError {
        @Override
        public String message() {
            return "too early: the window opens on " + earliest;
        }
    }

    /** @param end the last day of the service (RVK-4, JUS-5) */
    record AfterEnd(LocalDate end) implements SupportServiceError {
        @Override
        public String message() {
            return "the service ended on " + end;
        }
    }

    /** @param period the project period outside which nothing is booked (AHT-1) */
    record OutsideProject(EffectivePeriod period) implements SupportServiceError {
        @Override
        public String message() {
            return "outside the project period " + period + " (AHT-1)";
        }
    }

    /** @param max the quota that is used up (AHT-5) */
    record QuotaExceeded(int max) implements SupportServiceError {
        @Override
        public String message() {
            return "the quota of " + max + " is used up";
        }
    }

    /** @param max the group is full (AHT-7) */
    record GroupFull(int max) implements SupportServiceError {
        @Override
        public String message() {
            return "the group is full at " + max + " participants (AHT-7)";
        }
    }

    /** @param min too few participants to hold a meeting (AHT-7) */
    record GroupTooSmall(int min) implements SupportServiceError {
        @Override
        public String message() {
            return "a meeting needs at least " + min + " participants (AHT-7)";
        }
    }

    /** The closed group has met already: nobody joins it any more (AHT-7). */
    record GroupClosed() implements SupportServiceError {
        @Override
        public String message() {
            return "a closed counselling group takes no new participants once it has met (AHT-7)";
        }
    }

    /** @param reason what the meeting breaks: length or meetings per year (AHT-7) */
    record MeetingNotAllowed(String reason) implements SupportServiceError {
        @Override
        public String message() {
            return reason + " (AHT-7)";
        }
    }

    /** AHT-6: a mentor has personal adoption or foster-parent experience and the preparatory training. */
    record MentorNotQualified() implements SupportServiceError {
        @Override
        public String message() {
            return "a mentor has personal adoption or foster-parent experience and the preparatory training (AHT-6)";
        }
    }

    /** @param deadline a deadline that has passed */
    record DeadlinePassed(Deadline deadline) implements SupportServiceError {
        @Override
        public String message() {
            return "too late: deadline was " + deadline.dueDate();
        }
    }

    /** @param reason what is wrong with the dates or data */
    record Invalid(String reason) implements SupportServiceError {
        @Override
        public String message() {
            return reason;
        }
    }

    /** @param what no provider serves the region or location on that date */
    record NoProvider(String what) implements SupportServiceError {
        @Override
        public String message() {
            return "no provider for " + what;
        }
    }

    /**
     * The decision is not a lawful administrative act: made without competence (HMS-4), without
     * its facts (HMS-2) or without a hearing (HMS-5). Nothing changed.
     *
     * @param defect what is wrong
     */
    record DefectiveDecision(ActDefect defect) implements SupportServiceError {
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
    record NoProcedure(LocalDate date) implements SupportServiceError {
        @Override
        public String message() {
            return "no administrative procedure rules are in force on " + date;
        }
    }
}
