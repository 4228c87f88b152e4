package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import io.vavr.control.Either;

import java.util.List;

/** Substitute homes and their internal evaluations (AHT-8); see {@link VersionedRepository}. */
public interface SubstituteHomeRepository extends VersionedRepository<CaseId, SubstituteHome> {
    /** Every home, in id order. */
    Either<RepositoryError, List<SubstituteHome>> findAll();
}
