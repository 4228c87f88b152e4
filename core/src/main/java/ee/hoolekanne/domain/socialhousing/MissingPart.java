package ee.hoolekanne.domain.socialhousing;

/** A part an application must contain (TSM-6, § 6(2)-(3)). */
public enum MissingPart {
    /** 1) the applicant's personal and contact data. */
    CONTACT_DATA("§ 6(2) 1)"),
    /** 2) the applicant's support network. */
    SUPPORT_NETWORK("§ 6(2) 2)"),
    /** 3) place of residence or stay. */
    RESIDENCE_OR_STAY("§ 6(2) 3)"),
    /** 4) income and other assets. */
    INCOME_AND_ASSETS("§ 6(2) 4)"),
    /** 5) description of social coping, including the activities help is needed with. */
    SOCIAL_COPING("§ 6(2) 5)"),
    /** 6) where needed, a certificate that the applicant has no infectious diseases. */
    INFECTION_CERTIFICATE("§ 6(2) 6)"),
    /** Documents proving the need are attached. */
    SUPPORTING_DOCUMENTS("§ 6(3)");

    private final String provision;

    MissingPart(String provision) {
        this.provision = provision;
    }

    /** The paragraph that requires the part. */
    public String provision() {
        return provision;
    }
}
