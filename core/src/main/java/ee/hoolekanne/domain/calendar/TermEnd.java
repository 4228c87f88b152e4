package ee.hoolekanne.domain.calendar;

import ee.hoolekanne.domain.text.Texts;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;

/**
 * When on its due date a term ends: at 24:00 (CAL-6, TsÜS § 137(1)), or, when the act must be
 * done at an institution (submitted to it, signed there), at the end of that institution's
 * normal working hours that day (CAL-9, TsÜS § 137(2)).
 */
public sealed interface TermEnd {

    /** At 24:00 of the due date (CAL-6). */
    TermEnd MIDNIGHT = new Midnight();

    /** Says when the term ends, for a letter: "at 24:00" or "at 16:30, when … closes". */
    String describe();

    /** {@link #describe()} in the person's language (Estonian, English or Russian). */
    default String describe(Locale language) {
        Texts t = Texts.of(language);
        return switch (this) {
            case Midnight m -> t.get("termEnd.midnight");
            case OfficeClose o -> t.get("termEnd.officeClose", o.closes(), o.institution());
        };
    }

    /** CAL-6: the term ends at 24:00 of the due date. */
    record Midnight() implements TermEnd {
        @Override
        public String describe() {
            return "at 24:00 on the due date (TsÜS § 137(1))";
        }
    }

    /**
     * CAL-9: the act is done at {@code institution}, so the term ends when its working day ends.
     *
     * @param institution the institution, as its office hours name it
     * @param closes      the end of its working hours on the due date, in whole minutes
     */
    record OfficeClose(String institution, LocalTime closes) implements TermEnd {
        /** Both parts are required; the time is in whole minutes. */
        public OfficeClose {
            Objects.requireNonNull(institution, "institution");
            Objects.requireNonNull(closes, "closes");
            if (closes.getSecond() != 0 || closes.getNano() != 0) {
                throw new IllegalArgumentException("an institution closes on a whole minute");
            }
        }

        @Override
        public String describe() {
            return "at " + closes + " on the due date, the end of the working day of " + institution
                    + ", where the act is done (TsÜS § 137(2))";
        }
    }
}
