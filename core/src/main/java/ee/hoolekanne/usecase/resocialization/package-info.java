/** Use cases of resocialization in Tallinn (RES-1 .. RES-11), run through {@link ee.hoolekanne.usecase.CaseRunner}. */
package ee.hoolekanne.usecase.resocialization;
