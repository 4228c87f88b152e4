package ee.hoolekanne.domain.letter;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.law.Rule;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a letter says: a decision with its challenge route, or one of the notices a person must get. */
public sealed interface LetterBody {

    /** The kind, as the templates and the texts name it, e.g. {@code DECISION}. */
    String kind();

    /**
     * A decision (HMS-2 .. HMS-5): its operative part, reasons, legal basis, maker, and how and by
     * when to challenge it (HMS-3). The challenge deadlines are known once the decision is
     * notified (HMS-6); before, the letter states the terms.
     *
     * @param decision           the decision
     * @param procedure          the procedure in force on its date: the authority and the route
     * @param challengeDeadlines the last days to challenge and to appeal, when notified
     */
    record OfDecision(Decision decision, ProcedureRules procedure, List<Deadline> challengeDeadlines) implements LetterBody {
        /** Every part is required. */
        public OfDecision {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(procedure, "procedure");
            challengeDeadlines = List.copyOf(challengeDeadlines);
        }

        @Override
        public String kind() {
            return "DECISION";
        }
    }

    /**
     * TSM-11: the applicant is on the waiting list.
     *
     * @param since    the day of the wait-listing decision
     * @param position the place in line, where the list was consulted
     */
    record WaitingListPosition(LocalDate since, Option<Integer> position) implements LetterBody {
        /** Both parts are required; a position is at least 1. */
        public WaitingListPosition {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(position, "position");
            if (position.exists(p -> p < 1)) {
                throw new IllegalArgumentException("a position is at least 1");
            }
        }

        @Override
        public String kind() {
            return "WAITING_LIST_POSITION";
        }
    }

    /**
     * TSM-11: a place was freed and is offered to the first in line.
     *
     * @param unit    the dwelling or bed place, as the stock names it
     * @param freedOn the day it was freed
     */
    record FreedPlace(String unit, LocalDate freedOn) implements LetterBody {
        /** Both parts are required. */
        public FreedPlace {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(freedOn, "freedOn");
        }

        @Override
        public String kind() {
            return "FREED_PLACE";
        }
    }

    /**
     * TSM-13 .. TSM-15: a granted decision lapsed.
     *
     * @param decisionNumber the decision that lapsed
     * @param lapsedBy       the rule by which it lapsed
     * @param lapsedOn       the first day it no longer held
     */
    record Lapse(String decisionNumber, Rule lapsedBy, LocalDate lapsedOn) implements LetterBody {
        /** Every part is required. */
        public Lapse {
            Objects.requireNonNull(decisionNumber, "decisionNumber");
            Objects.requireNonNull(lapsedBy, "lapsedBy");
            Objects.requireNonNull(lapsedOn, "lapsedOn");
        }

        @Override
        public String kind() {
            return "LAPSE";
        }
    }

    /**
     * HMS-1: the application is incomplete; the missing parts are to be given by the term.
     *
     * @param missing what is missing, by the names of the parts (e.g. {@code CONTACT_DATA})
     * @param term    the term set to remedy them
     */
    record RemedyRequest(List<String> missing, Deadline term) implements LetterBody {
        /** The list is copied. */
        public RemedyRequest {
            missing = List.copyOf(missing);
            Objects.requireNonNull(term, "term");
        }

        @Override
        public String kind() {
            return "REMEDY_REQUEST";
        }
    }

    /**
     * RVK-9: the referral to the support-person service ended.
     *
     * @param reason  the reason, by its name (e.g. {@code GOALS_MET})
     * @param endedOn the day it ended
     */
    record ReferralEnded(String reason, LocalDate endedOn) implements LetterBody {
        /** Both parts are required. */
        public ReferralEnded {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(endedOn, "endedOn");
        }

        @Override
        public String kind() {
            return "REFERRAL_ENDED";
        }
    }

    /**
     * RVK-5, AHT-10, AHT-11, JUS-2: a support person was assigned.
     *
     * @param rule     the rule of the service
     * @param provider the provider whose support person it is
     * @param from     the day the support person starts
     */
    record SupportPersonAssigned(Rule rule, String provider, LocalDate from) implements LetterBody {
        /** Every part is required. */
        public SupportPersonAssigned {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(from, "from");
        }

        @Override
        public String kind() {
            return "SUPPORT_PERSON_ASSIGNED";
        }
    }

    /**
     * JUS-5: a released prisoner is admitted to accommodation until a day, which an extension can
     * move.
     *
     * @param provider   the provider
     * @param admittedOn the day of admission
     * @param until      the last day of the stay
     */
    record Admission(String provider, LocalDate admittedOn, LocalDate until) implements LetterBody {
        /** Every part is required. */
        public Admission {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(admittedOn, "admittedOn");
            Objects.requireNonNull(until, "until");
        }

        @Override
        public String kind() {
            return "ADMISSION";
        }
    }
}
