package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.justice.PrisonerSupport;

/** Prisoners' support-person cases (JUS-1, JUS-2); see {@link CaseRepository}. Open: every case not Ended. */
public interface PrisonerSupportRepository extends CaseRepository<PrisonerSupport>, CasesAboutPerson<PrisonerSupport> {
}
