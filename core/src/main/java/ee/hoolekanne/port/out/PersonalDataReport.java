package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.substitutecare.YouthSupport;

import java.util.List;
import java.util.Objects;

/**
 * Everything stored about one person (TSM-18: the right to see the documents held about them):
 * every case of every service in which they are the client, applicant or a household member —
 * each with its decisions, contracts, action plans, statements and reports — and every recorded
 * use of their data. Ready for an export. Personal data: {@code toString()} shows only counts.
 *
 * @param person                the person
 * @param cases                 the social housing cases about them (Tartu), in case-id order
 * @param protectionReferrals   their support-person referrals under international protection
 * @param youthSupport          their support-person cases on leaving substitute care
 * @param prisonerSupport       their support-person cases as a prisoner
 * @param releasedAccommodation their accommodation stays after release
 * @param resocialization       their resocialization cases (Tallinn)
 * @param audit                 the uses of their data, oldest first
 */
public record PersonalDataReport(PersonalCode person, List<Application> cases, List<ProtectionReferral> protectionReferrals,
                                 List<YouthSupport> youthSupport, List<PrisonerSupport> prisonerSupport,
                                 List<ReleasedAccommodation> releasedAccommodation, List<Resocialization> resocialization,
                                 List<AuditRecord> audit) {
    /** Copies every list; all parts are required. */
    public PersonalDataReport {
        Objects.requireNonNull(person, "person");
        cases = List.copyOf(cases);
        protectionReferrals = List.copyOf(protectionReferrals);
        youthSupport = List.copyOf(youthSupport);
        prisonerSupport = List.copyOf(prisonerSupport);
        releasedAccommodation = List.copyOf(releasedAccommodation);
        resocialization = List.copyOf(resocialization);
        audit = List.copyOf(audit);
    }

    /** Whether nothing at all is stored about the person. */
    public boolean isEmpty() {
        return cases.isEmpty() && protectionReferrals.isEmpty() && youthSupport.isEmpty() && prisonerSupport.isEmpty()
                && releasedAccommodation.isEmpty() && resocialization.isEmpty() && audit.isEmpty();
    }

    @Override
    public String toString() {
        return "PersonalDataReport[" + cases.size() + " social housing cases, " + protectionReferrals.size()
                + " protection referrals, " + youthSupport.size() + " youth support cases, " + prisonerSupport.size()
                + " prisoner support cases, " + releasedAccommodation.size() + " accommodation stays, "
                + resocialization.size() + " resocialization cases, " + audit.size() + " audit records]";
    }
}
