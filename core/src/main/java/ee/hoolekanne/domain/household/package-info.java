/**
 * Households: the applicant and the family members who live with them in one household
 * (TSM-5 (3)). Members are identified by their personal codes only; ages come from the codes.
 */
package ee.hoolekanne.domain.household;
