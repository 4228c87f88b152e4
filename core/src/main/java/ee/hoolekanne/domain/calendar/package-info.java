/**
 * The Estonian working-day calendar and the computation of legal terms (rules CAL-1 .. CAL-8).
 *
 * <p>{@link ee.hoolekanne.domain.calendar.EstonianCalendar} knows which days are public holidays,
 * weekends, working days and shortened working days over its supported range, and computes
 * {@link ee.hoolekanne.domain.calendar.Deadline}s for {@link ee.hoolekanne.domain.calendar.Term}s
 * per the General Part of the Civil Code Act (TsÜS §§ 134–137). The holidays themselves are data
 * ({@link ee.hoolekanne.domain.calendar.HolidayRule}, {@link ee.hoolekanne.domain.calendar.CalendarRules})
 * with the periods in which they are in force, so a future change of law is a new rule, not new
 * code. {@link ee.hoolekanne.domain.calendar.Timeline} and
 * {@link ee.hoolekanne.domain.calendar.EffectivePeriod} carry any other effective-dated data
 * (rule sets, price lists, the subsistence level).
 */
package ee.hoolekanne.domain.calendar;
