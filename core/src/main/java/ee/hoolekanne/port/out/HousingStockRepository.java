package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.housing.HousingStock;

/**
 * Housing stocks keyed by stock id; see {@link VersionedRepository}. Concurrent allocations of
 * one stock serialise through the version: of two saves from the same version, one conflicts,
 * so a unit is never allocated twice.
 */
public interface HousingStockRepository extends VersionedRepository<String, HousingStock> {
}
