/**
 * Substitute-care support services of the Social Insurance Board's project "Raising the quality
 * of substitute care" (AHT-1 .. AHT-13): the project and its period, the catalogue of services
 * for family-based carers and substitute homes with each service's rules as data, the family's
 * counselling quota and the groups' sizes and meetings, substitute homes' internal evaluations,
 * and the support person for youth leaving care as a sealed lifecycle.
 */
package ee.hoolekanne.domain.substitutecare;
