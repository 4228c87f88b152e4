/** Use cases of the support person for youth leaving substitute care (AHT-9 .. AHT-13), run through {@link ee.hoolekanne.usecase.CaseRunner}. */
package ee.hoolekanne.usecase.youthsupport;
