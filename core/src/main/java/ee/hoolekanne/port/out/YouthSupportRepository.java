package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.substitutecare.YouthSupport;

/** Support-person cases of youth leaving care (AHT-9 .. AHT-13), every state; see {@link CaseRepository}. Open: every case not Ended. */
public interface YouthSupportRepository extends CaseRepository<YouthSupport>, CasesAboutPerson<YouthSupport> {
}
