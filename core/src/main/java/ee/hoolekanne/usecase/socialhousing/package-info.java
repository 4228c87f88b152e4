/** Use cases of Tartu social housing (TSM-1 .. TSM-25), run through {@link ee.hoolekanne.usecase.CaseRunner}. */
package ee.hoolekanne.usecase.socialhousing;
