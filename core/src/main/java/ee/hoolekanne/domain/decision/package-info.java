/**
 * Decisions, shared by every service: who decided, when, on what legal basis and with
 * which grounds, and how the decision was delivered.
 *
 * <p>Design choice: a decision is not an aggregate of its own but an immutable value recorded in
 * the history of the case it decides. The rules that make a decision invalid (TSM-13, TSM-14,
 * TSM-15) depend on the case's contract and use of the service, and a decision and its effect
 * on the case must change together, so the case is the consistency boundary. A decision is
 * never edited: a later decision with {@link ee.hoolekanne.domain.decision.Decision#supersedes()}
 * replaces it, and both stay in the history.
 */
package ee.hoolekanne.domain.decision;
