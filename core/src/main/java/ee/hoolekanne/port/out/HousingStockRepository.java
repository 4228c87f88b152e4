package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;

/**
 * Housing stocks keyed by stock id; see {@link VersionedRepository}. Concurrent allocations of
 * one stock serialise through the version: of two saves from the same version, one conflicts,
 * so a unit is never allocated twice.
 */
public interface HousingStockRepository extends VersionedRepository<String, HousingStock> {

    /**
     * The units of {@code kind} (e.g. bed places) free on {@code on} in the stock {@code stockId},
     * in the stock's order; empty when no such stock is stored. This is {@link HousingStock#freeUnits}
     * for the one day; adapters answer it from an index (the JDBC adapter does), this default
     * loads the whole stock.
     */
    default Either<RepositoryError, List<HousingUnit>> findFree(String stockId, PlacementKind kind, LocalDate on) {
        return load(stockId).map(found -> found.map(stored -> stored.value().freeUnits(kind, on, on)).getOrElse(List.of()));
    }
}
