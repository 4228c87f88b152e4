package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.port.out.WaitingListRepository;

/** Waiting lists in memory. */
public final class InMemoryWaitingListRepository extends InMemoryVersionedRepository<String, WaitingList>
        implements WaitingListRepository {
}
