package ee.hoolekanne.domain.calendar;

import ee.hoolekanne.domain.text.Texts;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A computed deadline that explains itself (CAL-8): the trigger date and event, the term, the due
 * date, the legal basis, and the non-working days the computation skipped (working-day terms) or
 * rolled over (calendar terms whose last day is not a working day). Enough for a decision letter
 * to show why the date is what it is. Made by {@link EstonianCalendar#deadline}. Immutable.
 *
 * @param trigger     the date of the event that starts the term, or the reference date of a
 *                    backward term
 * @param term        the term
 * @param dueDate     the last day on which the act is in time (until 24:00, CAL-6)
 * @param nominalDate the day the term reached before moving off a non-working day (equal to the
 *                    due date when no move was needed, and for working-day terms)
 * @param skippedDays the non-working days not counted (working-day terms) or rolled over
 *                    (calendar terms), in date order
 * @param legalBasis  the rule and provision the caller attached
 * @param event       what happened on the trigger date, as the caller describes it
 * @param endsAt      when on the due date the term ends: at 24:00 (CAL-6), or at the end of the
 *                    working day of the institution where the act is done (CAL-9)
 */
public record Deadline(LocalDate trigger, Term term, LocalDate dueDate, LocalDate nominalDate,
                       List<NonWorkingDay> skippedDays, Option<LegalBasis> legalBasis, Option<String> event,
                       TermEnd endsAt) {

    /** All parts are required; the list is copied. */
    public Deadline {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(nominalDate, "nominalDate");
        skippedDays = List.copyOf(skippedDays);
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(endsAt, "endsAt");
    }

    /** A deadline that ends at 24:00 of its due date (CAL-6). */
    public Deadline(LocalDate trigger, Term term, LocalDate dueDate, LocalDate nominalDate,
                    List<NonWorkingDay> skippedDays, Option<LegalBasis> legalBasis, Option<String> event) {
        this(trigger, term, dueDate, nominalDate, skippedDays, legalBasis, event, TermEnd.MIDNIGHT);
    }

    /** This deadline with {@code basis} as its legal basis. */
    public Deadline withLegalBasis(LegalBasis basis) {
        return new Deadline(trigger, term, dueDate, nominalDate, skippedDays, Option.some(basis), event, endsAt);
    }

    /** This deadline with {@code description} as its trigger event. */
    public Deadline withEvent(String description) {
        return new Deadline(trigger, term, dueDate, nominalDate, skippedDays, legalBasis, Option.some(description), endsAt);
    }

    /**
     * CAL-9: this deadline for an act done at the institution keeping {@code hours}: the term
     * ends when its working day ends on the due date (earlier on a shortened day, CAL-3).
     */
    public Deadline atInstitution(OfficeHours hours, EstonianCalendar calendar) {
        return new Deadline(trigger, term, dueDate, nominalDate, skippedDays, legalBasis, event,
                hours.termEndOn(dueDate, calendar));
    }

    /** Whether the term ends at an institution's closing time (CAL-9) rather than at 24:00 (CAL-6). */
    public boolean endsAtOfficeClose() {
        return endsAt instanceof TermEnd.OfficeClose;
    }

    /**
     * CAL-6: an act done on {@code actDate} is in time if it is on or before the due date. For a
     * term ending at an institution's closing time, only the date is compared: use
     * {@link #isMetAt} when the time of the act is known.
     */
    public boolean isMetBy(LocalDate actDate) {
        return !actDate.isAfter(dueDate);
    }

    /**
     * CAL-6, CAL-9: an act done at {@code act} is in time if it is before the term ends: any time
     * of the due date for a term ending at 24:00, before the institution closes for one ending at
     * its closing time.
     */
    public boolean isMetAt(LocalDateTime act) {
        if (!act.toLocalDate().equals(dueDate)) {
            return act.toLocalDate().isBefore(dueDate);
        }
        return switch (endsAt) {
            case TermEnd.Midnight m -> true;
            case TermEnd.OfficeClose close -> act.toLocalTime().isBefore(close.closes());
        };
    }

    /** Whether the deadline has passed by {@code today} (the due date itself is still in time). */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(dueDate);
    }

    /** Whether the due date moved off a non-working day (calendar-day, week, month, year terms). */
    public boolean wasMoved() {
        return !nominalDate.equals(dueDate);
    }

    /**
     * A plain-English explanation for a letter or a caseworker's screen, e.g. "Due 2025-12-31
     * (Wednesday): 5 working days counted from the day after 2025-12-19 (complete application
     * submitted); not counted: 2025-12-20 Saturday, … Legal basis: TSM-8, …".
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append("Due ").append(dueDate).append(" (").append(weekday(dueDate)).append("): ");
        String eventText = event.map(e -> " (" + e + ")").getOrElse("");
        if (term.unit() == Term.Unit.WORKING_DAYS) {
            sb.append(Term.workingDays(term.amount()).toString())
                    .append(term.isBackward() ? " counted back from the day before " : " counted from the day after ")
                    .append(trigger).append(eventText);
            if (!skippedDays.isEmpty()) {
                sb.append("; not counted: ").append(list(skippedDays));
            }
            sb.append('.');
        } else {
            sb.append(term).append(term.isBackward() ? " " : " from ").append(trigger).append(eventText);
            if (wasMoved()) {
                sb.append(" reaches ").append(nominalDate).append(", not a working day; ")
                        .append(term.isBackward()
                                ? "moved back to the previous working day so the act is in time (library policy for backward terms)"
                                : "moved to the next working day (TsÜS § 136(8))")
                        .append(", past ").append(list(skippedDays)).append('.');
            } else {
                sb.append(" reaches ").append(nominalDate).append(", a working day.");
            }
        }
        legalBasis.forEach(b -> sb.append(" Legal basis: ").append(b).append('.'));
        if (!term.isBackward() || endsAtOfficeClose()) {
            sb.append(" The term ends ").append(endsAt.describe()).append('.');
        }
        return sb.toString();
    }

    /**
     * CAL-8 in the person's language: the explanation of {@link #explain()} in Estonian (the
     * default), English or Russian, with the weekdays, holiday names, terms and dates as that
     * language writes them. The event is translated where the library knows it, and the legal
     * basis is cited as recorded.
     */
    public String explain(Locale language) {
        Texts t = Texts.of(language);
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("deadline.due", t.date(dueDate), t.weekday(dueDate.getDayOfWeek()))).append(' ');
        String eventText = event.map(e -> t.get("deadline.event", t.event(e))).getOrElse("");
        String termText = t.term(term);
        if (term.unit() == Term.Unit.WORKING_DAYS) {
            sb.append(t.get(term.isBackward() ? "deadline.workingDays.backward" : "deadline.workingDays.forward",
                    t.term(Term.workingDays(term.amount())), t.date(trigger), eventText));
            if (!skippedDays.isEmpty()) {
                sb.append(t.get("deadline.notCounted", list(skippedDays, t)));
            }
            sb.append('.');
        } else {
            sb.append(t.get(term.isBackward() ? "deadline.calendar.backward" : "deadline.calendar.forward", termText,
                    t.date(trigger), eventText));
            if (wasMoved()) {
                sb.append(t.get(term.isBackward() ? "deadline.moved.backward" : "deadline.moved.forward", t.date(nominalDate),
                        list(skippedDays, t)));
            } else {
                sb.append(t.get("deadline.reaches", t.date(nominalDate)));
            }
        }
        legalBasis.forEach(b -> sb.append(' ').append(t.get("deadline.basis", b)));
        if (!term.isBackward() || endsAtOfficeClose()) {
            sb.append(' ').append(t.get("deadline.endsAt", endsAt.describe(language)));
        }
        return sb.toString();
    }

    private static String list(List<NonWorkingDay> days, Texts t) {
        return days.stream().map(d -> d.describe(t.locale())).collect(Collectors.joining(", "));
    }

    private static String list(List<NonWorkingDay> days) {
        return days.stream().map(NonWorkingDay::describe).collect(Collectors.joining(", "));
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
