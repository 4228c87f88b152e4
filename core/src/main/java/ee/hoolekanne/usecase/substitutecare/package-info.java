/** Use cases of the substitute-care support services for carer families, groups and substitute homes (AHT-1 .. AHT-8), run through {@link ee.hoolekanne.usecase.CaseRunner}. */
package ee.hoolekanne.usecase.substitutecare;
