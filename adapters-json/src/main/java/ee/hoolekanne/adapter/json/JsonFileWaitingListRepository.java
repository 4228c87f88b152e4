package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.WaitingListRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Waiting lists as JSON files, in {@code waiting-list/}. */
final class JsonFileWaitingListRepository implements WaitingListRepository {

    private final JsonFileStore<WaitingList> store;

    JsonFileWaitingListRepository(JsonFileStore<WaitingList> store) {
        this.store = store;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<WaitingList>>> load(String id) {
        return store.load(id);
    }

    @Override
    public Either<RepositoryError, Long> save(String id, WaitingList list, long expectedVersion) {
        return store.save(id, list, expectedVersion);
    }
}
