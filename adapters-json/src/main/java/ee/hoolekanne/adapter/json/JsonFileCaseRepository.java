package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.List;

/**
 * The cases of one kind as JSON files: what every JSON-file case repository shares, from the case
 * kernel ({@link CaseFile#isOpen()}, {@link CaseFile#persons()}). The finders read every file of
 * the kind, which suits the small deployments a file store is for.
 *
 * @param <T> the case type
 */
abstract class JsonFileCaseRepository<T extends CaseFile<?>> implements CaseRepository<T> {

    private final JsonFileStore<T> store;

    JsonFileCaseRepository(JsonFileStore<T> store) {
        this.store = store;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<T>>> load(CaseId id) {
        return store.load(id.value());
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId id, T aggregate, long expectedVersion) {
        return store.save(id.value(), aggregate, expectedVersion);
    }

    @Override
    public Either<RepositoryError, List<T>> findOpen() {
        return store.all().map(all -> all.stream().filter(CaseFile::isOpen).toList());
    }

    /** Every case in which {@code person} is the client, applicant or a household member, in case-id order (TSM-18). */
    public Either<RepositoryError, List<T>> casesAbout(PersonalCode person) {
        return store.all().map(all -> all.stream().filter(c -> c.persons().contains(person)).toList());
    }
}
