package ee.hoolekanne.domain.law;

import io.vavr.control.Option;

import java.util.HashMap;
import java.util.Map;

/**
 * Every rule of the library's rule catalogue, by its ID ({@code TSM-15} is {@link #TSM_15}). A
 * legal basis, a ground or an obligation names its rule with a constant of this enum, so a typo
 * does not compile and every use of a rule is found with "find usages". The provision text of a
 * rule (e.g. "§ 9(2)") belongs to the rule set of the service that applies it; the tests name the
 * IDs as text ({@code grep -r TSM-15}). Every rule, its source provision, what the library does
 * and where it is implemented and tested: {@code docs/rules.md} in the repository
 * (https://github.com/hoolekanne/hoolekanne/blob/main/docs/rules.md).
 */
public enum Rule {
    /** CAL-1: public holidays. */
    CAL_1(Section.CAL, "public holidays"),
    /** CAL-2: working days. */
    CAL_2(Section.CAL, "working days"),
    /** CAL-3: shortened working days. */
    CAL_3(Section.CAL, "shortened working days"),
    /** CAL-4: a term starts the day after its event. */
    CAL_4(Section.CAL, "a term starts the day after its event"),
    /** CAL-5: a term ends on a working day. */
    CAL_5(Section.CAL, "a term ends on a working day"),
    /** CAL-6: a term ends at 24:00. */
    CAL_6(Section.CAL, "a term ends at 24:00"),
    /** CAL-7: terms in months. */
    CAL_7(Section.CAL, "terms in months"),
    /** CAL-8: a deadline explains itself. */
    CAL_8(Section.CAL, "a deadline explains itself"),
    /** CAL-9: acts at an institution end with its office hours. */
    CAL_9(Section.CAL, "acts at an institution end with its office hours"),
    /** ID-1: personal code format. */
    ID_1(Section.ID, "personal code format"),
    /** ID-2: personal code check digit. */
    ID_2(Section.ID, "personal code check digit"),
    /** ID-3: invalid personal codes are refused with a reason. */
    ID_3(Section.ID, "invalid personal codes are refused with a reason"),
    /** ID-4: personal codes stay out of text. */
    ID_4(Section.ID, "personal codes stay out of text"),
    /** RES-1: purpose of resocialization. */
    RES_1(Section.RES, "purpose of resocialization"),
    /** RES-2: goals set together with the person. */
    RES_2(Section.RES, "goals set together with the person"),
    /** RES-3: stages and when each fits. */
    RES_3(Section.RES, "stages and when each fits"),
    /** RES-4: moves through the stages. */
    RES_4(Section.RES, "moves through the stages"),
    /** RES-5: moving to independent life. */
    RES_5(Section.RES, "moving to independent life"),
    /** RES-6: where the application is filed. */
    RES_6(Section.RES, "where the application is filed"),
    /** RES-7: what the application contains. */
    RES_7(Section.RES, "what the application contains"),
    /** RES-8: who decides. */
    RES_8(Section.RES, "who decides"),
    /** RES-9: identity proven by a document. */
    RES_9(Section.RES, "identity proven by a document"),
    /** RES-10: price list. */
    RES_10(Section.RES, "price list"),
    /** RES-11: leaving the pathway and moving back. */
    RES_11(Section.RES, "leaving the pathway and moving back"),
    /** RVK-1: who is eligible. */
    RVK_1(Section.RVK, "who is eligible"),
    /** RVK-2: need assessed by the local government. */
    RVK_2(Section.RVK, "need assessed by the local government"),
    /** RVK-3: language of the service. */
    RVK_3(Section.RVK, "language of the service"),
    /** RVK-4: at most 12 months. */
    RVK_4(Section.RVK, "at most 12 months"),
    /** RVK-5: referral flow. */
    RVK_5(Section.RVK, "referral flow"),
    /** RVK-6: information requests answered within 5 working days. */
    RVK_6(Section.RVK, "information requests answered within 5 working days"),
    /** RVK-7: change notices. */
    RVK_7(Section.RVK, "change notices"),
    /** RVK-8: reports and interim evaluations. */
    RVK_8(Section.RVK, "reports and interim evaluations"),
    /** RVK-9: when the referral ends. */
    RVK_9(Section.RVK, "when the referral ends"),
    /** RVK-10: funding. */
    RVK_10(Section.RVK, "funding"),
    /** TSM-1: purpose and rule set in force. */
    TSM_1(Section.TSM, "purpose and rule set in force"),
    /** TSM-2: eligibility. */
    TSM_2(Section.TSM, "eligibility"),
    /** TSM-3: service content. */
    TSM_3(Section.TSM, "service content"),
    /** TSM-4: bed place and its fee. */
    TSM_4(Section.TSM, "bed place and its fee"),
    /** TSM-5: separate dwelling for a family with a child. */
    TSM_5(Section.TSM, "separate dwelling for a family with a child"),
    /** TSM-6: the application. */
    TSM_6(Section.TSM, "the application"),
    /** TSM-7: assessment and proposal. */
    TSM_7(Section.TSM, "assessment and proposal"),
    /** TSM-8: decision within 10 working days. */
    TSM_8(Section.TSM, "decision within 10 working days"),
    /** TSM-9: a grant names the dwelling and the term. */
    TSM_9(Section.TSM, "a grant names the dwelling and the term"),
    /** TSM-10: grounds of refusal. */
    TSM_10(Section.TSM, "grounds of refusal"),
    /** TSM-11: waiting list. */
    TSM_11(Section.TSM, "waiting list"),
    /** TSM-12: contract. */
    TSM_12(Section.TSM, "contract"),
    /** TSM-13: no contract in time: the decision lapses. */
    TSM_13(Section.TSM, "no contract in time: the decision lapses"),
    /** TSM-14: no use in time: the decision lapses. */
    TSM_14(Section.TSM, "no use in time: the decision lapses"),
    /** TSM-15: not delivered in time: the decision lapses. */
    TSM_15(Section.TSM, "not delivered in time: the decision lapses"),
    /** TSM-16: action plan within one month. */
    TSM_16(Section.TSM, "action plan within one month"),
    /** TSM-17: parts of the action plan. */
    TSM_17(Section.TSM, "parts of the action plan"),
    /** TSM-18: recipient rights. */
    TSM_18(Section.TSM, "recipient rights"),
    /** TSM-19: house rules. */
    TSM_19(Section.TSM, "house rules"),
    /** TSM-20: recipient obligations. */
    TSM_20(Section.TSM, "recipient obligations"),
    /** TSM-21: the term expires. */
    TSM_21(Section.TSM, "the term expires"),
    /** TSM-22: early termination. */
    TSM_22(Section.TSM, "early termination"),
    /** TSM-23: goals met: the service ends. */
    TSM_23(Section.TSM, "goals met: the service ends"),
    /** TSM-24: assessment one month before the term ends. */
    TSM_24(Section.TSM, "assessment one month before the term ends"),
    /** TSM-25: extension. */
    TSM_25(Section.TSM, "extension"),
    /** AHT-1: project period. */
    AHT_1(Section.AHT, "project period"),
    /** AHT-2: who the services are for. */
    AHT_2(Section.AHT, "who the services are for"),
    /** AHT-3: phone and internet counselling. */
    AHT_3(Section.AHT, "phone and internet counselling"),
    /** AHT-4: regions and providers. */
    AHT_4(Section.AHT, "regions and providers"),
    /** AHT-5: individual psychological counselling. */
    AHT_5(Section.AHT, "individual psychological counselling"),
    /** AHT-6: mentoring. */
    AHT_6(Section.AHT, "mentoring"),
    /** AHT-7: group counselling and thematic groups. */
    AHT_7(Section.AHT, "group counselling and thematic groups"),
    /** AHT-8: services for substitute homes. */
    AHT_8(Section.AHT, "services for substitute homes"),
    /** AHT-9: who gets a youth support person. */
    AHT_9(Section.AHT, "who gets a youth support person"),
    /** AHT-10: trusted and professional support persons. */
    AHT_10(Section.AHT, "trusted and professional support persons"),
    /** AHT-11: referral flow of the youth support person. */
    AHT_11(Section.AHT, "referral flow of the youth support person"),
    /** AHT-12: client diary, reports and the yearly assessment. */
    AHT_12(Section.AHT, "client diary, reports and the yearly assessment"),
    /** AHT-13: funding. */
    AHT_13(Section.AHT, "funding"),
    /** JUS-1: prisoners' support person. */
    JUS_1(Section.JUS, "prisoners' support person"),
    /** JUS-2: volunteer support persons. */
    JUS_2(Section.JUS, "volunteer support persons"),
    /** JUS-3: accommodation after release. */
    JUS_3(Section.JUS, "accommodation after release"),
    /** JUS-4: action plan of the stay. */
    JUS_4(Section.JUS, "action plan of the stay"),
    /** JUS-5: length and extension of the stay. */
    JUS_5(Section.JUS, "length and extension of the stay"),
    /** JUS-6: providers by location. */
    JUS_6(Section.JUS, "providers by location"),
    /** JUS-7: funding. */
    JUS_7(Section.JUS, "funding"),
    /** HMS-1: incomplete application: a term to remedy it. */
    HMS_1(Section.HMS, "incomplete application: a term to remedy it"),
    /** HMS-2: a decision states its reasons. */
    HMS_2(Section.HMS, "a decision states its reasons"),
    /** HMS-3: how to challenge a decision. */
    HMS_3(Section.HMS, "how to challenge a decision"),
    /** HMS-4: competence to decide. */
    HMS_4(Section.HMS, "competence to decide"),
    /** HMS-5: hearing before an adverse decision. */
    HMS_5(Section.HMS, "hearing before an adverse decision"),
    /** HMS-6: a decision takes effect on delivery. */
    HMS_6(Section.HMS, "a decision takes effect on delivery"),
    /** who decided, when, on what basis. */
    X_1(Section.X, "who decided, when, on what basis"),
    /** money and partial months. */
    X_2(Section.X, "money and partial months"),
    /** dates and the clock. */
    X_3(Section.X, "dates and the clock"),
    /** invalid commands change nothing. */
    X_4(Section.X, "invalid commands change nothing");

    /** A part of the catalogue: a service, the calendar, the personal code, administrative procedure, cross-cutting rules. */
    public enum Section {
        /** Estonian working-day calendar and terms (TsÜS §§ 134–137, PTS). */
        CAL("Estonian working-day calendar and terms (TsÜS §§ 134–137, PTS)"),
        /** personal identification code (EVS 585). */
        ID("personal identification code (EVS 585)"),
        /** resocialization in Tallinn. */
        RES("resocialization in Tallinn"),
        /** support person for people with international or temporary protection. */
        RVK("support person for people with international or temporary protection"),
        /** social housing in Tartu, city regulation no 86. */
        TSM("social housing in Tartu, city regulation no 86"),
        /** substitute-care support services. */
        AHT("substitute-care support services"),
        /** support services for prisoners and released prisoners. */
        JUS("support services for prisoners and released prisoners"),
        /** Administrative Procedure Act. */
        HMS("Administrative Procedure Act"),
        /** cross-cutting. */
        X("cross-cutting");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        /** The part's title, in English. */
        public String title() {
            return title;
        }
    }

    private static final Map<String, Rule> BY_ID = new HashMap<>();

    static {
        for (Rule rule : values()) {
            BY_ID.put(rule.id(), rule);
        }
    }

    private final Section section;
    private final String title;
    private final String id;

    Rule(Section section, String title) {
        this.section = section;
        this.title = title;
        this.id = name().replace('_', '-');
    }

    /** The rule's ID as the catalogue writes it, e.g. {@code TSM-15}. */
    public String id() {
        return id;
    }

    /** The part of the catalogue the rule belongs to. */
    public Section section() {
        return section;
    }

    /** A short English title, e.g. "not delivered in time: the decision lapses". */
    public String title() {
        return title;
    }

    /** The rule with the ID {@code id} (e.g. {@code TSM-15}), or none: for adapters reading stored IDs. */
    public static Option<Rule> parse(String id) {
        return Option.of(id == null ? null : BY_ID.get(id));
    }

    /** The ID, e.g. {@code TSM-15}. */
    @Override
    public String toString() {
        return id;
    }
}
