/**
 * The case kernel: what every case of every service is. A case has an id, a state with a name,
 * the persons whose data it holds, a history, and its open obligations, each with a computed
 * {@link ee.hoolekanne.domain.calendar.Deadline}. Every lifecycle of the five services implements
 * {@link ee.hoolekanne.domain.casefile.CaseFile}, so the use cases run every command of every
 * service one way (load, transition, save under its version, audit, replace the obligations) and
 * the deadline watch reads one read model of {@link ee.hoolekanne.domain.casefile.Obligation}s
 * without knowing any service.
 *
 * <p>Design choice: a decision is not an aggregate of its own but a value in the history of the
 * case it decides (see {@code ee.hoolekanne.domain.decision}); the case is the consistency
 * boundary. Obligations are not stored in the case either: they follow from the case's dates and
 * its service's rule set, so they are computed, and an adapter keeps them only as a read model.
 */
package ee.hoolekanne.domain.casefile;
