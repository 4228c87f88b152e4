package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;

/**
 * Counselling and thematic groups keyed by the group's case id; see {@link CaseRepository}. Every
 * group is open. Concurrent joins serialise through the version, so a group never exceeds its
 * size (AHT-7).
 */
public interface CounsellingGroupRepository extends CaseRepository<CounsellingGroup> {
}
