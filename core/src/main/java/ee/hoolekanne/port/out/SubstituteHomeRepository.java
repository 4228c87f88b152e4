package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.substitutecare.SubstituteHome;

/** Substitute homes and their internal evaluations (AHT-8); see {@link CaseRepository}. Every home is open. */
public interface SubstituteHomeRepository extends CaseRepository<SubstituteHome> {
}
