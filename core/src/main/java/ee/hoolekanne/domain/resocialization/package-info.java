/**
 * Resocialization in Tallinn (RES-1 .. RES-10): a multi-stage pathway from the shelter through a
 * social housing unit and a dormitory to independent life. {@link ee.hoolekanne.domain.resocialization.Resocialization}
 * is the case, whose stages are its own types: only the moves of RES-4 and RES-5 exist as
 * methods, each needing the current stage's goals met and recording the decision that made it.
 * The price list (RES-10) is effective-dated data; {@link ee.hoolekanne.domain.resocialization.MonthlyStatement}
 * bills a resident by stage, room and day.
 */
package ee.hoolekanne.domain.resocialization;
