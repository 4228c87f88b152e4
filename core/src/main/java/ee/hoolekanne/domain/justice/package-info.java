/**
 * Support services of the Ministry of Justice for prisoners and released prisoners (JUS-1 ..
 * JUS-7): a volunteer support person from up to six months before release, and temporary
 * accommodation for up to six months, with extensions, supporting activities and an action plan
 * towards a permanent job and dwelling. Both share the support-person model and are funded by the
 * European Social Fund.
 */
package ee.hoolekanne.domain.justice;
