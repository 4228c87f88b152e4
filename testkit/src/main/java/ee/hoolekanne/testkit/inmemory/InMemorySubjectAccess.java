package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.PersonalDataReport;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubjectAccess;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;

import java.util.Comparator;
import java.util.Objects;

/** Subject access over the in-memory repositories of every service and the audit sink. */
public final class InMemorySubjectAccess implements SubjectAccess {

    private final InMemoryApplicationRepository cases;
    private final InMemorySupportServices.Referrals referrals;
    private final InMemorySupportServices.Youth youth;
    private final InMemoryJusticeAndResocialization.PrisonerSupports prisoners;
    private final InMemoryJusticeAndResocialization.Accommodations stays;
    private final InMemoryJusticeAndResocialization.Resocializations resocializations;
    private final InMemoryAuditSink audit;

    /** Subject access over these stores. */
    public InMemorySubjectAccess(InMemoryApplicationRepository cases, InMemorySupportServices.Referrals referrals,
                                 InMemorySupportServices.Youth youth, InMemoryJusticeAndResocialization.PrisonerSupports prisoners,
                                 InMemoryJusticeAndResocialization.Accommodations stays,
                                 InMemoryJusticeAndResocialization.Resocializations resocializations, InMemoryAuditSink audit) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.referrals = Objects.requireNonNull(referrals, "referrals");
        this.youth = Objects.requireNonNull(youth, "youth");
        this.prisoners = Objects.requireNonNull(prisoners, "prisoners");
        this.stays = Objects.requireNonNull(stays, "stays");
        this.resocializations = Objects.requireNonNull(resocializations, "resocializations");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public Either<RepositoryError, PersonalDataReport> everythingAbout(PersonalCode person) {
        var about = cases.all().stream().map(Versioned::value)
                .filter(app -> app.household().everyone().contains(person))
                .sorted(Comparator.comparing(app -> app.id().value())).toList();
        return Either.right(new PersonalDataReport(person, about, referrals.casesAbout(person).get(),
                youth.casesAbout(person).get(), prisoners.casesAbout(person).get(), stays.casesAbout(person).get(),
                resocializations.casesAbout(person).get(), audit.recordsOf(person).get()));
    }
}
