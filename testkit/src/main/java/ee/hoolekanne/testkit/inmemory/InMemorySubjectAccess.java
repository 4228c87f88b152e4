package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.PersonalDataReport;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubjectAccess;
import io.vavr.control.Either;

import java.util.Objects;

/** Subject access over the in-memory repositories of every service and the audit sink. */
public final class InMemorySubjectAccess implements SubjectAccess {

    private final InMemoryAdapters memory;

    /** Subject access over {@code memory}'s stores. */
    public InMemorySubjectAccess(InMemoryAdapters memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    @Override
    public Either<RepositoryError, PersonalDataReport> everythingAbout(PersonalCode person) {
        return memory.applications().casesAbout(person).flatMap(cases -> memory.protectionReferrals().casesAbout(person)
                .flatMap(referrals -> memory.youthSupport().casesAbout(person)
                        .flatMap(youth -> memory.prisonerSupport().casesAbout(person)
                                .flatMap(prisoners -> memory.releasedAccommodation().casesAbout(person)
                                        .flatMap(stays -> memory.resocializations().casesAbout(person)
                                                .map(resocialization -> new PersonalDataReport(person, cases, referrals, youth, prisoners,
                                                        stays, resocialization, memory.audit().all().stream()
                                                        .filter(r -> r.person().equals(person)).toList())))))));
    }
}
