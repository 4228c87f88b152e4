package ee.hoolekanne.domain.decision;

/**
 * The kinds of administrative act the services make, by which a rule set names the competent body
 * (HMS-4) and which need a hearing first (HMS-5).
 */
public enum ActKind {
    /** Grant a service (TSM-9, RES-8, JUS-3). */
    GRANT(false),
    /** Refuse it (TSM-10, RES-8). */
    REFUSE(true),
    /** Put the applicant on the waiting list (TSM-11). */
    WAIT_LIST(false),
    /** End the service early (TSM-22, TSM-23, RES-11). */
    TERMINATE(true),
    /** Extend it for a new term (TSM-25, JUS-5). */
    EXTEND(false),
    /** Refer a person to a service (RVK-5). */
    REFER(false),
    /** Move a person to another stage (RES-4, RES-5, RES-11). */
    MOVE_STAGE(false),
    /** Leave an application unprocessed after its remedy term (HMS-1). */
    LEAVE_UNPROCESSED(true);

    private final boolean adverse;

    ActKind(boolean adverse) {
        this.adverse = adverse;
    }

    /** Whether the act refuses or ends a service, so the person is heard first (HMS-5). */
    public boolean adverse() {
        return adverse;
    }

    /** The kind of act that decides {@code outcome}. */
    public static ActKind of(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Grant g -> GRANT;
            case Outcome.GrantService g -> GRANT;
            case Outcome.Refuse r -> REFUSE;
            case Outcome.WaitList w -> WAIT_LIST;
            case Outcome.Terminate t -> TERMINATE;
            case Outcome.Extend e -> EXTEND;
            case Outcome.Refer r -> REFER;
            case Outcome.MoveStage m -> MOVE_STAGE;
            case Outcome.LeaveUnprocessed l -> LEAVE_UNPROCESSED;
        };
    }
}
