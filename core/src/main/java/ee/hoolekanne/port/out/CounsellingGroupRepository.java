package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;

/**
 * Counselling and thematic groups keyed by group id; see {@link VersionedRepository}. Concurrent
 * joins serialise through the version, so a group never exceeds its size (AHT-7).
 */
public interface CounsellingGroupRepository extends VersionedRepository<String, CounsellingGroup> {
}
