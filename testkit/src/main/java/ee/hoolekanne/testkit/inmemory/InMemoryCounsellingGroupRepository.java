package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.port.out.CounsellingGroupRepository;

/** Counselling and thematic groups in memory. */
public final class InMemoryCounsellingGroupRepository extends InMemoryCaseRepository<CounsellingGroup> implements CounsellingGroupRepository {
}
