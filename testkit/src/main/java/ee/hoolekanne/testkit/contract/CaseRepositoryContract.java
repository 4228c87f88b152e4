package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.testkit.gen.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every {@link CaseRepository} promises, on top of the {@link VersionedRepositoryContract}:
 * {@code findOpen} returns exactly the open cases as last saved, in case-id order, checked against
 * a model over seeded random prefixes of the case histories (so cases stand in every state, some
 * saved several times).
 *
 * @param <T> the case type
 */
public abstract class CaseRepositoryContract<T extends CaseFile<?>> extends VersionedRepositoryContract<CaseId, T> {

    /** A fresh, empty repository. */
    protected abstract CaseRepository<T> newCaseRepository();

    @Override
    protected final VersionedRepository<CaseId, T> newRepository() {
        return newCaseRepository();
    }

    @Override
    protected final CaseId keyOf(T aggregate) {
        return aggregate.id();
    }

    @Test
    @DisplayName("findOpen returns every open case as last saved, in case-id order, and no closed one")
    void findOpen() {
        List<List<T>> histories = histories();
        Property.forAll("findOpen agrees with the model", 10, random -> histories.stream().mapToInt(h -> random.nextInt(h.size())).toArray(),
                lasts -> {
                    CaseRepository<T> repo = newCaseRepository();
                    Map<CaseId, T> model = new LinkedHashMap<>();
                    for (int i = 0; i < histories.size(); i++) {
                        long version = 0;
                        for (int step = 0; step <= lasts[i]; step++) {
                            T state = histories.get(i).get(step);
                            version = repo.save(state.id(), state, version).getOrElseThrow(e -> new AssertionError(e.message()));
                            model.put(state.id(), state);
                        }
                    }
                    List<T> expected = model.values().stream().filter(CaseFile::isOpen)
                            .sorted(Comparator.comparing((T c) -> c.id().value())).toList();
                    assertEquals(expected, repo.findOpen().getOrElseThrow(e -> new AssertionError(e.message())));
                });
    }
}
