package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.PersonalDataReport;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubjectAccess;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;

import java.util.Comparator;
import java.util.Objects;

/** Subject access over the in-memory cases and audit sink. */
public final class InMemorySubjectAccess implements SubjectAccess {

    private final InMemoryApplicationRepository cases;
    private final InMemoryAuditSink audit;

    /** Subject access over these stores. */
    public InMemorySubjectAccess(InMemoryApplicationRepository cases, InMemoryAuditSink audit) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public Either<RepositoryError, PersonalDataReport> everythingAbout(PersonalCode person) {
        var about = cases.all().stream().map(Versioned::value)
                .filter(app -> app.household().everyone().contains(person))
                .sorted(Comparator.comparing(app -> app.id().value())).toList();
        return Either.right(new PersonalDataReport(person, about, audit.recordsOf(person).get()));
    }
}
