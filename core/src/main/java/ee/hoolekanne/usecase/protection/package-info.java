/** Use cases of the support person for people with international or temporary protection (RVK-1 .. RVK-10), run through {@link ee.hoolekanne.usecase.CaseRunner}. */
package ee.hoolekanne.usecase.protection;
