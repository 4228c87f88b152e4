package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.decision.Ground;

/** The grounds on which the committee ends the service early (TSM-22, § 13(2); TSM-23, § 13(3)). */
public enum TerminationGround implements Ground {
    /** 1) breaches obligations. */
    BREACH_OF_OBLIGATIONS(Rule.TSM_22, "§ 13(2) 1)", "the recipient breaches obligations"),
    /** 2) without good reason does not take part in drawing up or carrying out the action plan. */
    NO_PART_IN_ACTION_PLAN(Rule.TSM_22, "§ 13(2) 2)", "the recipient does not take part in the action plan"),
    /** 3) family composition changes so that the requirements are no longer met. */
    FAMILY_CHANGED(Rule.TSM_22, "§ 13(2) 3)", "the family composition no longer meets the requirements"),
    /** 4) does not use the service for more than 10 consecutive days without notifying. */
    UNNOTIFIED_ABSENCE(Rule.TSM_22, "§ 13(2) 4)", "the service was not used for a long time without notice"),
    /** 5) does not pay the fee or the ancillary costs. */
    UNPAID_FEES(Rule.TSM_22, "§ 13(2) 5)", "the fee or the ancillary costs are not paid"),
    /** 6) breaks house rules, damages property or disturbs others. */
    HOUSE_RULES_BROKEN(Rule.TSM_22, "§ 13(2) 6)", "house rules broken, property damaged or others disturbed"),
    /** 7) otherwise no longer needs or can use the service. */
    NO_LONGER_NEEDED(Rule.TSM_22, "§ 13(2) 7)", "the recipient no longer needs or can use the service"),
    /** The action plan's goals are met and the recipient can live independently (TSM-23). */
    GOALS_MET(Rule.TSM_23, "§ 13(3)", "the action plan's goals are met and the recipient copes independently");

    private final Rule rule;
    private final String provision;
    private final String description;

    TerminationGround(Rule rule, String provision, String description) {
        this.rule = rule;
        this.provision = provision;
        this.description = description;
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    public String provision() {
        return provision;
    }

    @Override
    public String description() {
        return description;
    }
}
