/** Use cases of the support person for prisoners and the accommodation of released prisoners (JUS-1 .. JUS-7), run through {@link ee.hoolekanne.usecase.CaseRunner}. */
package ee.hoolekanne.usecase.justice;
