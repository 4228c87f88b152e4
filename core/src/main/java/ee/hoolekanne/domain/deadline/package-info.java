/**
 * The deadline watch, across services: every case states its open obligations as
 * {@link ee.hoolekanne.domain.deadline.Obligation}s, each with a computed
 * {@link ee.hoolekanne.domain.calendar.Deadline}; {@link ee.hoolekanne.domain.deadline.DeadlineWatch}
 * picks those due or overdue on a date. The watch knows nothing of any service.
 */
package ee.hoolekanne.domain.deadline;
