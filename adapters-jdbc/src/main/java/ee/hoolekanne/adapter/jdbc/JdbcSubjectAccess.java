package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.PersonalDataReport;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubjectAccess;
import io.vavr.control.Either;

/** Subject access (TSM-18) over the JDBC cases and audit log. */
final class JdbcSubjectAccess implements SubjectAccess {

    private final JdbcApplicationRepository cases;
    private final JdbcAuditSink audit;

    JdbcSubjectAccess(JdbcApplicationRepository cases, JdbcAuditSink audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @Override
    public Either<RepositoryError, PersonalDataReport> everythingAbout(PersonalCode person) {
        return cases.casesAbout(person.value()).flatMap(found -> audit.recordsOf(person)
                .mapLeft(f -> (RepositoryError) new RepositoryError.Unavailable(f.reason()))
                .map(records -> new PersonalDataReport(person, found, records)));
    }
}
