package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.PrisonerSupport;

/** Prisoners' support-person cases (JUS-1, JUS-2); see {@link VersionedRepository}. */
public interface PrisonerSupportRepository extends VersionedRepository<CaseId, PrisonerSupport>, CasesAboutPerson<PrisonerSupport> {
}
