package ee.hoolekanne.domain.protection;

/** Why a referral ended (RVK-9), or that its maximum length ran out (RVK-4). */
public enum EndReason {
    /** The goals of the case plan or action plan are met. */
    GOALS_MET,
    /** By mutual agreement with the local government. */
    MUTUAL_AGREEMENT,
    /** The client is referred to another service. */
    REFERRED_TO_OTHER_SERVICE,
    /** Another reason, stated. */
    OTHER,
    /** The maximum length from the referral ran out (RVK-4). */
    MAXIMUM_LENGTH_REACHED
}
