package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;

import java.util.Comparator;
import java.util.List;

/** Social housing cases in memory. */
public final class InMemoryApplicationRepository extends InMemoryVersionedRepository<CaseId, Application>
        implements ApplicationRepository {

    @Override
    public Either<RepositoryError, List<Application>> findActive() {
        return Either.right(all().stream().map(Versioned::value)
                .filter(app -> switch (app) {
                    case Application.Refused r -> false;
                    case Application.Lapsed l -> false;
                    case Application.Ended e -> false;
                    default -> true;
                })
                .sorted(Comparator.comparing(app -> app.id().value()))
                .toList());
    }
}
