package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.socialhousing.WaitingList;

/** Waiting lists keyed by list id; see {@link VersionedRepository}. */
public interface WaitingListRepository extends VersionedRepository<String, WaitingList> {
}
