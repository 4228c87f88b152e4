package ee.hoolekanne.domain.substitutecare;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Term;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers of the substitute-care support services (AHT-3 .. AHT-12), as data.
 *
 * @param phoneHours                  the phone line's hours per weekday (AHT-3)
 * @param emailAnswerTerm             e-mail counselling answers within it (AHT-3)
 * @param psychologicalSessionsPerFamily individual psychological counselling sessions per family (AHT-5)
 * @param groupCounselling            closed counselling groups (AHT-7)
 * @param thematicGroup               one-off thematic support groups (AHT-7)
 * @param covisionTrainingDays        the covision training's length (AHT-8)
 * @param internalEvaluationInterval  a substitute home evaluates itself at least this often (AHT-8)
 * @param professionalEarlyStart      a professional support person may start this long before the planned leaving date (AHT-10)
 * @param reportInterval              the support person reports to the local government this often (AHT-12)
 * @param assessmentAfter             the situation is assessed after this much cooperation (AHT-12)
 * @param source                      the source text, for legal bases
 */
public record SubstituteCareRules(Map<DayOfWeek, OpeningHours> phoneHours, Term emailAnswerTerm,
                                  int psychologicalSessionsPerFamily, GroupRules groupCounselling, GroupRules thematicGroup,
                                  int covisionTrainingDays, Term internalEvaluationInterval, Term professionalEarlyStart,
                                  Term reportInterval, Term assessmentAfter, String source) {

    /** Copies the map; every part is required. */
    public SubstituteCareRules {
        phoneHours = Map.copyOf(phoneHours);
        Objects.requireNonNull(emailAnswerTerm, "emailAnswerTerm");
        Objects.requireNonNull(groupCounselling, "groupCounselling");
        Objects.requireNonNull(thematicGroup, "thematicGroup");
        Objects.requireNonNull(internalEvaluationInterval, "internalEvaluationInterval");
        Objects.requireNonNull(professionalEarlyStart, "professionalEarlyStart");
        Objects.requireNonNull(reportInterval, "reportInterval");
        Objects.requireNonNull(assessmentAfter, "assessmentAfter");
        Objects.requireNonNull(source, "source");
        if (psychologicalSessionsPerFamily < 1 || covisionTrainingDays < 1) {
            throw new IllegalArgumentException("quotas and lengths are positive");
        }
    }

    /**
     * The project's services as published by the Social Insurance Board: phone Mon, Tue, Thu,
     * Fri 10-17 and Wed 14-21; e-mail within 2 working days; 3 psychological sessions a family;
     * counselling groups closed, 4 academic hours, 4-6 meetings a year, 6-12 people; thematic
     * groups from 2 academic hours and 12 people; covision training 6 days; internal evaluation
     * every 3 years; a professional support person from 6 months before leaving care; reports
     * every 3 months; assessment after 1 year. The source does not say whether the phone line
     * closes on public holidays: {@link #isPhoneLineOpen} follows the weekday hours alone.
     */
    public static SubstituteCareRules ska2015() {
        Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        OpeningHours day = new OpeningHours(LocalTime.of(10, 0), LocalTime.of(17, 0));
        hours.put(DayOfWeek.MONDAY, day);
        hours.put(DayOfWeek.TUESDAY, day);
        hours.put(DayOfWeek.WEDNESDAY, new OpeningHours(LocalTime.of(14, 0), LocalTime.of(21, 0)));
        hours.put(DayOfWeek.THURSDAY, day);
        hours.put(DayOfWeek.FRIDAY, day);
        return new SubstituteCareRules(hours, Term.workingDays(2), 3,
                new GroupRules(true, 4, 4, 4, 6, 6, 12), new GroupRules(false, 2, 0, 0, 0, 12, 0), 6,
                Term.years(3), Term.months(6), Term.months(3), Term.years(1),
                "Social Insurance Board, substitute-care support services (ESF 2014-2020)");
    }

    /** AHT-3: whether the phone line is open at {@code at} (Tallinn time). */
    public boolean isPhoneLineOpen(java.time.LocalDateTime at) {
        OpeningHours hours = phoneHours.get(at.getDayOfWeek());
        return hours != null && hours.includes(at.toLocalTime());
    }

    /** AHT-3: whether the phone line is open at the instant {@code at}. */
    public boolean isPhoneLineOpen(java.time.Instant at) {
        return isPhoneLineOpen(at.atZone(ee.hoolekanne.domain.decision.Delivery.TALLINN).toLocalDateTime());
    }

    /** AHT-3: an e-mail question received on {@code receivedOn} is answered within 2 working days. */
    public ee.hoolekanne.domain.calendar.Deadline emailAnswerDeadline(ee.hoolekanne.domain.calendar.EstonianCalendar calendar,
                                                                       java.time.LocalDate receivedOn) {
        return calendar.deadline(receivedOn, emailAnswerTerm, basis(Rule.AHT_3), "e-mail question received");
    }

    /** The legal basis of a rule of these services. */
    public LegalBasis basis(Rule rule) {
        return LegalBasis.of(rule, source);
    }
}
