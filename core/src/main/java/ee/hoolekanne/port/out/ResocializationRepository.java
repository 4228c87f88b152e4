package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.Resocialization;

/** Resocialization cases, every stage; see {@link VersionedRepository}. */
public interface ResocializationRepository extends VersionedRepository<CaseId, Resocialization>, CasesAboutPerson<Resocialization> {
}
