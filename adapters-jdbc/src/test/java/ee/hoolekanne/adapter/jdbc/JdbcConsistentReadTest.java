package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A load inside the caller's transaction at READ COMMITTED, where every statement sees the latest
 * commit, is never torn: another transaction's save committed between any two of its statements
 * gives the case as it was before or as it is after, whole, with its version; never the state row
 * of one version with the child rows of the next, and never an error.
 */
class JdbcConsistentReadTest {

    @ParameterizedTest
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("a social housing case saved again between any two statements of its load reads whole, before or after")
    void caseLoadIsNeverTorn(Databases.Kind kind) {
        JdbcAdapters writer = Databases.fresh(kind);
        Interleaver interleaver = new Interleaver(Databases.dataSource(kind));
        JdbcAdapters reader = JdbcAdapters.builder(interleaver.dataSource()).migration(JdbcAdapters.Migration.NONE).build();
        int placesTried = 0;
        for (int statement = 1; ; statement++) {
            CaseId id = new CaseId("torn-" + statement);
            List<Application> journey = SocialHousingCases.journey(id, SocialHousingCases.family(new SplittableRandom(statement)),
                    LocalDate.of(2026, 3, 2));
            Application before = journey.stream().filter(a -> a.state().equals("InService")).findFirst().orElseThrow();
            Application after = journey.get(journey.size() - 1);
            writer.applications().save(id, before, 0).get();
            interleaver.after(statement, () -> writer.applications().save(id, after, 1).get());
            Either<String, Option<Versioned<Application>>> read = reader.transactions().inTransaction(
                    () -> reader.applications().load(id).mapLeft(RepositoryError::message), RepositoryError::message);
            if (!interleaver.ran()) {
                break;
            }
            placesTried++;
            assertTrue(read.isRight(), "after statement " + statement + ": " + read);
            Versioned<Application> got = read.get().get();
            assertTrue(got.version() == 1 && got.value().equals(before) || got.version() == 2 && got.value().equals(after),
                    "after statement " + statement + " the case read is version " + got.version() + " in state " + got.value().state());
        }
        assertTrue(placesTried >= 5, "the load has several statements to fall between: " + placesTried);
    }

    @ParameterizedTest
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("a housing stock saved again between the statements of its load reads whole, before or after")
    void stockLoadIsNeverTorn(Databases.Kind kind) {
        JdbcAdapters writer = Databases.fresh(kind);
        Interleaver interleaver = new Interleaver(Databases.dataSource(kind));
        JdbcAdapters reader = JdbcAdapters.builder(interleaver.dataSource()).migration(JdbcAdapters.Migration.NONE).build();
        HousingStock before = HousingStock.empty("s").withUnit(HousingUnit.bedPlace("b1", "Kastani 1", "room 1")).get();
        HousingStock after = before.withUnit(HousingUnit.bedPlace("b2", "Kastani 1", "room 2")).get()
                .allocate(new ee.hoolekanne.domain.housing.UnitId("b2"), ee.hoolekanne.domain.household.PlacementKind.BED_PLACE,
                        new CaseId("c"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)).get();
        for (int statement = 1; ; statement++) {
            Databases.fresh(kind);
            writer.housingStocks().save("s", before, 0).get();
            interleaver.after(statement, () -> writer.housingStocks().save("s", after, 1).get());
            Either<String, Option<Versioned<HousingStock>>> read = reader.transactions().inTransaction(
                    () -> reader.housingStocks().load("s").mapLeft(RepositoryError::message), RepositoryError::message);
            if (!interleaver.ran()) {
                break;
            }
            assertTrue(read.isRight(), "after statement " + statement + ": " + read);
            Versioned<HousingStock> got = read.get().get();
            assertTrue(got.version() == 1 && got.value().equals(before) || got.version() == 2 && got.value().equals(after),
                    "after statement " + statement + " the stock read is version " + got.version());
        }
    }
}
