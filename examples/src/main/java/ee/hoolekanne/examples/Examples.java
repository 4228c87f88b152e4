package ee.hoolekanne.examples;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.PublicHoliday;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.money.Percentage;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.person.PersonalCode;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The README's first command runs this. With no arguments it walks through the building blocks
 * every service uses; with arguments it is the {@link DeadlineCommand}
 * ({@code <date> <term> [before]}, e.g. {@code 2026-12-18 10wd}).
 */
public final class Examples {

    /** Held so the setting sticks: the examples show the story, not Flyway's progress log. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Examples() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(DeadlineCommand.run(args, System.out, System.err));
        }
        walkThrough(System.out);
    }

    /** The walk-through, printed to {@code out}. */
    static void walkThrough(PrintStream out) {
        EstonianCalendar calendar = EstonianCalendar.standard();

        out.println("== Estonian public holidays 2026 (CAL-1) ==");
        for (PublicHoliday holiday : calendar.publicHolidays(2026)) {
            out.println("  " + holiday);
        }

        out.println();
        out.println("== A committee decision due within 10 working days (TSM-8) ==");
        // README example: start
        Deadline decision = calendar.deadline(
                LocalDate.of(2025, 12, 19),
                Term.workingDays(10),
                LegalBasis.of(Rule.TSM_8, "Tartu City regulation no 86 § 7(2)"),
                "complete application submitted");
        out.println(decision.dueDate());   // 2026-01-08
        out.println(decision.explain());   // why: the weekends and holidays it skipped
        // README example: end

        out.println();
        out.println("== One month before the service term ends: the pre-expiry assessment (TSM-24) ==");
        Deadline assessment = calendar.deadline(LocalDate.of(2026, 3, 1), Term.months(1).before(),
                LegalBasis.of(Rule.TSM_24, "Tartu City regulation no 86 § 14(1)"), "service term ends");
        out.println("  " + assessment.explain());

        out.println();
        out.println("== A personal code is validated, and never printed (ID-1 .. ID-4) ==");
        PersonalCode.parse("37605030299").peek(code ->
                out.println("  valid: " + code + ", born " + code.birthDate().getYear() + ", " + code.sex()));
        PersonalCode.parse("37605030298").peekLeft(error -> out.println("  refused: " + error.message()));

        out.println();
        out.println("== Tartu social housing: one person from application to a running service (TSM-1 .. TSM-25) ==");
        Municipality town = new Municipality(SocialHousingStory.h2File(out));
        SocialHousingStory.run(out, town);

        out.println();
        out.println("== The other services: protection, youth leaving care, resocialization, released prisoners ==");
        OtherServicesStory.run(out, town);

        out.println();
        out.println("== Every service's cases on one morning list: one query of the open obligations (CAL-8) ==");
        SocialHousingStory.morningList(out, town, LocalDate.of(2026, 12, 7));

        out.println();
        out.println("== Money: 30 % of the subsistence level, prorated for a partial month (X-2) ==");
        YearMonth month = YearMonth.of(2026, 1);
        SubsistenceLevels.estonia().on(month.atDay(1)).forEach(level -> {
            Money monthly = level.firstMember().percent(Percentage.of(30));
            Money partial = monthly.prorate(12, month.lengthOfMonth());
            out.println("  subsistence level " + level.firstMember() + " -> monthly fee " + monthly
                    + "; 12 of " + month.lengthOfMonth() + " days: " + partial + " (half-up to the cent)");
        });
    }
}
