package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.socialhousing.Application;

/**
 * Social housing cases, every state, keyed by case id; see {@link CaseRepository}. Open: every case
 * not Refused, Lapsed or Ended.
 */
public interface ApplicationRepository extends CaseRepository<Application>, CasesAboutPerson<Application> {
}
