package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;

import java.util.List;

/**
 * The cases of one kind in memory: what every in-memory case repository shares, from the case
 * kernel ({@link CaseFile#isOpen()}, {@link CaseFile#persons()}).
 *
 * @param <T> the case type
 */
public abstract class InMemoryCaseRepository<T extends CaseFile<?>> extends InMemoryVersionedRepository<CaseId, T>
        implements CaseRepository<T> {

    @Override
    public Either<RepositoryError, List<T>> findOpen() {
        return Either.right(where(CaseFile::isOpen, c -> c.id().value()));
    }

    /** Every case in which {@code person} is the client, applicant or a household member, in case-id order (TSM-18). */
    public Either<RepositoryError, List<T>> casesAbout(PersonalCode person) {
        return Either.right(about(person, CaseFile::persons, c -> c.id().value()));
    }
}
