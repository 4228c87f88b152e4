package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.PersonalDataReport;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.SubjectAccess;
import ee.hoolekanne.port.out.YouthSupportRepository;
import io.vavr.control.Either;

/**
 * Subject access (TSM-18) over the JDBC repositories of every service and the audit log; each
 * lookup goes through an index on the person's code.
 */
final class JdbcSubjectAccess implements SubjectAccess {

    private final JdbcApplicationRepository cases;
    private final ProtectionReferralRepository referrals;
    private final YouthSupportRepository youth;
    private final PrisonerSupportRepository prisoners;
    private final ReleasedAccommodationRepository stays;
    private final ResocializationRepository resocializations;
    private final JdbcAuditSink audit;

    JdbcSubjectAccess(JdbcApplicationRepository cases, ProtectionReferralRepository referrals, YouthSupportRepository youth,
                      PrisonerSupportRepository prisoners, ReleasedAccommodationRepository stays,
                      ResocializationRepository resocializations, JdbcAuditSink audit) {
        this.cases = cases;
        this.referrals = referrals;
        this.youth = youth;
        this.prisoners = prisoners;
        this.stays = stays;
        this.resocializations = resocializations;
        this.audit = audit;
    }

    @Override
    public Either<RepositoryError, PersonalDataReport> everythingAbout(PersonalCode person) {
        return cases.casesAbout(person.value()).flatMap(found -> referrals.casesAbout(person)
                .flatMap(r -> youth.casesAbout(person)
                .flatMap(y -> prisoners.casesAbout(person)
                .flatMap(p -> stays.casesAbout(person)
                .flatMap(a -> resocializations.casesAbout(person)
                .flatMap(s -> audit.recordsOf(person)
                        .mapLeft(f -> (RepositoryError) new RepositoryError.Unavailable(f.reason()))
                        .map(records -> new PersonalDataReport(person, found, r, y, p, a, s, records))))))));
    }
}
