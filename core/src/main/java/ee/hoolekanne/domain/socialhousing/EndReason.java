package ee.hoolekanne.domain.socialhousing;

/** How a service ended (TSM-21 .. TSM-23). */
public enum EndReason {
    /** The service term expired (TSM-21). */
    EXPIRED,
    /** The committee ended it early on grounds of TSM-22. */
    TERMINATED_EARLY,
    /** The committee ended it because the action plan's goals are met (TSM-23). */
    GOALS_MET
}
