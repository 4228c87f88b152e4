package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.CaseRepositories;
import ee.hoolekanne.port.out.PersonalDataReport;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubjectAccess;
import io.vavr.control.Either;

/**
 * Subject access (TSM-18) over the JDBC repositories of every service and the audit log, read in
 * one transaction; each lookup goes through an index on the person's code.
 */
final class JdbcSubjectAccess implements SubjectAccess {

    private final JdbcConnections connections;
    private final CaseRepositories cases;
    private final JdbcAuditSink audit;

    JdbcSubjectAccess(JdbcConnections connections, CaseRepositories cases, JdbcAuditSink audit) {
        this.connections = connections;
        this.cases = cases;
        this.audit = audit;
    }

    @Override
    public Either<RepositoryError, PersonalDataReport> everythingAbout(PersonalCode person) {
        return connections.transactions().inTransaction(() -> cases.applications().casesAbout(person)
                .flatMap(found -> cases.protectionReferrals().casesAbout(person)
                .flatMap(r -> cases.youthSupport().casesAbout(person)
                .flatMap(y -> cases.prisonerSupport().casesAbout(person)
                .flatMap(p -> cases.releasedAccommodation().casesAbout(person)
                .flatMap(a -> cases.resocializations().casesAbout(person)
                .flatMap(s -> audit.recordsOf(person)
                        .mapLeft(f -> (RepositoryError) new RepositoryError.Unavailable(f.reason()))
                        .map(records -> new PersonalDataReport(person, found, r, y, p, a, s, records)))))))), e -> e);
    }
}
