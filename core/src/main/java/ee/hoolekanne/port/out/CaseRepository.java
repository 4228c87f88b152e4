package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import io.vavr.control.Either;

import java.util.List;

/**
 * The cases of one kind, every state, keyed by case id; see {@link VersionedRepository} for the
 * versioning contract.
 *
 * <p>{@link #findOpen()} returns every stored case whose {@link CaseFile#isOpen()} holds, as last
 * saved, in case-id order: what the obligations are recomputed from when the calendar or the
 * rules change. Adapters read many cases in a few statements, not one round trip per case.
 *
 * @param <T> the case type
 */
public interface CaseRepository<T extends CaseFile<?>> extends VersionedRepository<CaseId, T> {

    /** Every open case, in case-id order. */
    Either<RepositoryError, List<T>> findOpen();
}
