package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.socialhousing.Application;

import java.util.List;
import java.util.Objects;

/**
 * Everything stored about one person (TSM-18: the right to see the documents held about them):
 * every case in which they are the applicant, a family member or a contract signatory — with its
 * decisions, contract, action plan and charges — and every recorded use of their data. Ready for
 * an export. Personal data: {@code toString()} shows only counts.
 *
 * @param person the person
 * @param cases  the social housing cases about them, in case-id order
 * @param audit  the uses of their data, oldest first
 */
public record PersonalDataReport(PersonalCode person, List<Application> cases, List<AuditRecord> audit) {
    /** Copies the lists. */
    public PersonalDataReport {
        Objects.requireNonNull(person, "person");
        cases = List.copyOf(cases);
        audit = List.copyOf(audit);
    }

    @Override
    public String toString() {
        return "PersonalDataReport[" + cases.size() + " cases, " + audit.size() + " audit records]";
    }
}
