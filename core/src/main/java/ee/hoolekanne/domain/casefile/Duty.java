package ee.hoolekanne.domain.casefile;

import ee.hoolekanne.domain.law.Rule;
import io.vavr.control.Option;

/**
 * What an {@link Obligation} asks to be done, with the rule that asks it. Its {@link #name()} is
 * its stable key in stored data; {@link #description()} the English text a caseworker reads.
 */
public enum Duty {
    /** The applicant remedies the incomplete application within the term set (HMS-1). */
    REMEDY_APPLICATION(Rule.HMS_1, "applicant to remedy the application"),
    /** The committee decides the complete application (TSM-8). */
    COMMITTEE_DECISION(Rule.TSM_8, "committee decision"),
    /** A granted decision is delivered before it lapses (TSM-15). */
    DELIVER_DECISION(Rule.TSM_15, "deliver the decision"),
    /** The contract is signed before the decision lapses (TSM-13). */
    SIGN_CONTRACT(Rule.TSM_13, "sign the contract"),
    /** Use of the service starts before the decision lapses (TSM-14). */
    START_USE(Rule.TSM_14, "start using the service"),
    /** The action plan is drawn up (TSM-16). */
    DRAW_UP_ACTION_PLAN(Rule.TSM_16, "draw up the action plan"),
    /** The prospects are assessed before the service term ends (TSM-24). */
    ASSESS_BEFORE_EXPIRY(Rule.TSM_24, "assess prospects before the term ends"),
    /** The recipient notifies a change of family composition (TSM-20). */
    NOTIFY_FAMILY_CHANGE(Rule.TSM_20, "recipient to notify the family change"),
    /** The provider assigns a support person (RVK-5). */
    ASSIGN_SUPPORT_PERSON(Rule.RVK_5, "assign a support person"),
    /** The provider answers the local government's information request (RVK-6). */
    ANSWER_INFO_REQUEST(Rule.RVK_6, "answer information request"),
    /** The referral reaches its maximum length (RVK-4). */
    REFERRAL_ENDS(Rule.RVK_4, "the referral ends"),
    /** The support person reports to the local government (AHT-12). */
    REPORT_TO_LOCAL_GOVERNMENT(Rule.AHT_12, "report to the local government"),
    /** The youth's situation is assessed after a year of cooperation (AHT-12). */
    ASSESS_SITUATION(Rule.AHT_12, "assess the situation"),
    /** The substitute home's internal evaluation (AHT-8). */
    EVALUATE_SUBSTITUTE_HOME(Rule.AHT_8, "internal evaluation of the substitute home"),
    /** The accommodation stay ends unless it is extended (JUS-5). */
    STAY_ENDS(Rule.JUS_5, "the accommodation ends unless extended");

    private final Rule rule;
    private final String description;

    Duty(Rule rule, String description) {
        this.rule = rule;
        this.description = description;
    }

    /** The rule that asks for it. */
    public Rule rule() {
        return rule;
    }

    /** What is to be done, in English, e.g. "sign the contract". */
    public String description() {
        return description;
    }

    /** The duty whose {@link #name()} is {@code key}, if any: for adapters reading stored data. */
    public static Option<Duty> ofKey(String key) {
        for (Duty duty : values()) {
            if (duty.name().equals(key)) {
                return Option.some(duty);
            }
        }
        return Option.none();
    }
}
