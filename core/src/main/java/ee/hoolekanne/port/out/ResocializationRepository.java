package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.resocialization.Resocialization;

/** Resocialization cases, every stage; see {@link CaseRepository}. Open: every case neither refused nor in independent life. */
public interface ResocializationRepository extends CaseRepository<Resocialization>, CasesAboutPerson<Resocialization> {
}
