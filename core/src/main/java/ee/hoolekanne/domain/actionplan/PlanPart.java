package ee.hoolekanne.domain.actionplan;

/** The nine parts of an action plan (TSM-17, Tartu regulation no 86 § 10(2)). */
public enum PlanPart {
    /** 1) data on the recipient. */
    RECIPIENT_DATA("§ 10(2) 1)"),
    /** 2) description of the case. */
    CASE_DESCRIPTION("§ 10(2) 2)"),
    /** 3) the problems. */
    PROBLEMS("§ 10(2) 3)"),
    /** 4) the resources. */
    RESOURCES("§ 10(2) 4)"),
    /** 5) the hindering factors. */
    HINDERING_FACTORS("§ 10(2) 5)"),
    /** 6) goals and sub-goals. */
    GOALS("§ 10(2) 6)"),
    /** 7) activities with timetable and who does them, for every goal. */
    ACTIVITIES("§ 10(2) 7)"),
    /** 8) the cooperation agreement. */
    COOPERATION_AGREEMENT("§ 10(2) 8)"),
    /** 9) interim and follow-up evaluation. */
    EVALUATION_SCHEDULE("§ 10(2) 9)");

    private final String provision;

    PlanPart(String provision) {
        this.provision = provision;
    }

    /** The paragraph that requires the part. */
    public String provision() {
        return provision;
    }
}
