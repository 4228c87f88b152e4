package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;

/** Released prisoners' accommodation stays (JUS-3 .. JUS-5); see {@link CaseRepository}. Open: every stay not left. */
public interface ReleasedAccommodationRepository extends CaseRepository<ReleasedAccommodation>, CasesAboutPerson<ReleasedAccommodation> {
}
