package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Application;
import io.vavr.control.Either;

import java.util.List;

/**
 * Social housing cases, every state, keyed by case id; see {@link VersionedRepository} for the
 * versioning contract.
 */
public interface ApplicationRepository extends VersionedRepository<CaseId, Application> {

    /**
     * Every case not in a final state (Refused, Lapsed, Ended), in case-id order: what the
     * deadline watch looks at.
     */
    Either<RepositoryError, List<Application>> findActive();
}
