/**
 * Money in euros with cents, percentages, and the effective-dated subsistence level
 * (toimetulekupiir) that social-housing fees are computed from. No floating point anywhere:
 * amounts are {@link java.math.BigDecimal} with scale 2, rounded half-up to the cent.
 */
package ee.hoolekanne.domain.money;
