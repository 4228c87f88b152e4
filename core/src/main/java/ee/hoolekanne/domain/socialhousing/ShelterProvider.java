package ee.hoolekanne.domain.socialhousing;

/** Who concludes the service contract (TSM-12, § 8(1)). */
public enum ShelterProvider {
    /** Tartu Children's Safe House (Tartu Laste Turvakodu): every adult applicant of the shared dwelling signs. */
    TURVAKODU,
    /** The city's Shelter (Varjupaik). */
    VARJUPAIK
}
