package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.decision.Ground;

/** The grounds on which the committee may refuse the service (TSM-10, § 7(4)). */
public enum RefusalGround implements Ground {
    /** 1) does not meet the requirements of the regulation. */
    REQUIREMENTS_NOT_MET("§ 7(4) 1)", "the applicant does not meet the requirements"),
    /** 2) has not given enough data or documents to prove the need. */
    NEED_NOT_PROVEN("§ 7(4) 2)", "not enough data or documents prove the need"),
    /** 3) needs other help, or the need is better met by other services. */
    OTHER_HELP_NEEDED("§ 7(4) 3)", "the applicant needs other help or other services meet the need"),
    /** 4) unable to use the service even with benefits and support. */
    UNABLE_TO_USE("§ 7(4) 4)", "the applicant is unable to use the service even with benefits and support");

    private final String provision;
    private final String description;

    RefusalGround(String provision, String description) {
        this.provision = provision;
        this.description = description;
    }

    @Override
    public Rule rule() {
        return Rule.TSM_10;
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
