package ee.hoolekanne.port.out;

import java.util.Objects;

/**
 * The repository of every kind of case of the five services, together: what an adapter offers as
 * a whole, for wiring and for what concerns every case (recomputing obligations).
 *
 * @param applications          social housing cases
 * @param resocializations      resocialization cases
 * @param protectionReferrals   protection support-person referrals
 * @param youthSupport          youth support cases
 * @param familyServices        carer families' use of the services
 * @param counsellingGroups     counselling and thematic groups
 * @param substituteHomes       substitute homes
 * @param prisonerSupport       prisoners' support cases
 * @param releasedAccommodation released prisoners' accommodation stays
 */
public record CaseRepositories(ApplicationRepository applications, ResocializationRepository resocializations,
                               ProtectionReferralRepository protectionReferrals, YouthSupportRepository youthSupport,
                               FamilyServicesRepository familyServices, CounsellingGroupRepository counsellingGroups,
                               SubstituteHomeRepository substituteHomes, PrisonerSupportRepository prisonerSupport,
                               ReleasedAccommodationRepository releasedAccommodation) {
    /** Every repository is required. */
    public CaseRepositories {
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(resocializations, "resocializations");
        Objects.requireNonNull(protectionReferrals, "protectionReferrals");
        Objects.requireNonNull(youthSupport, "youthSupport");
        Objects.requireNonNull(familyServices, "familyServices");
        Objects.requireNonNull(counsellingGroups, "counsellingGroups");
        Objects.requireNonNull(substituteHomes, "substituteHomes");
        Objects.requireNonNull(prisonerSupport, "prisonerSupport");
        Objects.requireNonNull(releasedAccommodation, "releasedAccommodation");
    }
}
