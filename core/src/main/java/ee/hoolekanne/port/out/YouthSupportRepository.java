package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import io.vavr.control.Either;

import java.util.List;

/** Support-person cases of youth leaving care (AHT-9 .. AHT-13), every state; see {@link VersionedRepository}. */
public interface YouthSupportRepository extends VersionedRepository<CaseId, YouthSupport>, CasesAboutPerson<YouthSupport> {
    /** Every case not Ended, in case-id order: what the deadline watch looks at. */
    Either<RepositoryError, List<YouthSupport>> findOpen();
}
