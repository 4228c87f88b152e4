/**
 * Housing stock: separate dwellings and bed places in rooms, and their allocations to cases.
 * {@link ee.hoolekanne.domain.housing.HousingStock} keeps the invariant that no unit is allocated
 * twice for overlapping periods.
 */
package ee.hoolekanne.domain.housing;
