/**
 * The social housing service of Tartu (city regulation no 86 of 23.01.2020, rules TSM-1 ..
 * TSM-25): the reference service whose patterns the other services reuse.
 *
 * <p>{@link ee.hoolekanne.domain.socialhousing.Application} is the case, a sealed lifecycle whose
 * states are their own types: an application is submitted incomplete or complete, assessed by
 * the specialist, decided by the committee (granted, refused or put on the waiting list), the
 * decision delivered, the contract signed, the use started, the service run (action plan, fees,
 * absences, family changes, house-rule breaches) and ended; a granted decision can lapse
 * (TSM-13 .. TSM-15). Transitions are methods on the source state only. Every number of the
 * regulation comes from the effective-dated {@link ee.hoolekanne.domain.socialhousing.SocialHousingRules}.
 * Decisions are values recorded in the case's history (see {@code ee.hoolekanne.domain.decision}).
 */
package ee.hoolekanne.domain.socialhousing;
