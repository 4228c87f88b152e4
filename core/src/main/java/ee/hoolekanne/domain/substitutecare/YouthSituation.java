package ee.hoolekanne.domain.substitutecare;

/** Why a young person may get a support person (AHT-9). */
public enum YouthSituation {
    /** Leaves substitute care (substitute home, family home, foster care) for aftercare or independent life. */
    LEAVING_SUBSTITUTE_CARE,
    /** Leaves guardianship in a family. */
    LEAVING_GUARDIANSHIP,
    /** Became pregnant or a mother while in substitute care. */
    PREGNANT_OR_MOTHER_IN_CARE,
    /** Left care earlier and has difficulty coping alone. */
    LEFT_EARLIER_STRUGGLING
}
