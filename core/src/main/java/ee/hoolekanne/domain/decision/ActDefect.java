package ee.hoolekanne.domain.decision;

import ee.hoolekanne.domain.casefile.Refusal;

/**
 * Why a decision is not a lawful administrative act and is refused before it changes anything
 * (HMS-2, HMS-4, HMS-5). Messages are for developers, in English, free of personal data.
 */
public sealed interface ActDefect extends Refusal {

    /**
     * HMS-4: the role that made the decision may not make this kind of act under the rule set.
     *
     * @param kind the kind of act
     * @param role the role that made it
     */
    record NoCompetence(ActKind kind, String role) implements ActDefect {
        @Override
        public String message() {
            return "HMS-4: the role '" + role + "' has no competence for an act of kind " + kind;
        }
    }

    /** HMS-2: the decision states no facts (its legal basis is required by {@link Decision} itself). */
    record NoReasons() implements ActDefect {
        @Override
        public String message() {
            return "HMS-2: a decision states the facts it rests on";
        }
    }

    /**
     * HMS-5: a decision that refuses or ends a service records the hearing or why none was held.
     *
     * @param kind the kind of act
     */
    record NoHearing(ActKind kind) implements ActDefect {
        @Override
        public String message() {
            return "HMS-5: a decision of kind " + kind + " records the hearing or the legal reason why none was held";
        }
    }

    /** HMS-5: the hearing is dated after the decision it should precede. */
    record HearingAfterDecision() implements ActDefect {
        @Override
        public String message() {
            return "HMS-5: the hearing comes before the decision";
        }
    }
}
