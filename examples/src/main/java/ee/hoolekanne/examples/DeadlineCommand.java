package ee.hoolekanne.examples;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.Term;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code <date> <term> [before]}: prints the due date of a term and why. Terms: {@code 30d}
 * (days), {@code 10wd} (working days), {@code 2w} (weeks), {@code 1m} (months), {@code 1y}
 * (years); {@code before} counts back from the date. {@code --help} prints the usage and exits 0;
 * bad arguments print it to the error stream and exit 2;
 * never a stack trace.
 */
public final class DeadlineCommand {

    static final String USAGE = """
            usage: <date> <term> [before]
              date   ISO date, e.g. 2026-12-18 (supported 1998-01-01 .. 2100-12-31)
              term   a number and a unit: d (days), wd (working days), w (weeks), m (months), y (years)
              before count back from the date instead of forward
            example: 2026-12-18 10wd""";

    private static final Pattern TERM = Pattern.compile("([1-9][0-9]{0,4})(wd|d|w|m|y)");

    private DeadlineCommand() {
    }

    /**
     * Runs the command.
     *
     * @return the exit code: 0 done (or {@code --help} asked for the usage), 2 bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("before"))) {
            err.println(USAGE);
            return 2;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(args[0]);
        } catch (DateTimeParseException e) {
            err.println("not an ISO date: " + args[0]);
            err.println(USAGE);
            return 2;
        }
        Matcher m = TERM.matcher(args[1]);
        if (!m.matches()) {
            err.println("not a term: " + args[1]);
            err.println(USAGE);
            return 2;
        }
        int n = Integer.parseInt(m.group(1));
        Term term = switch (m.group(2)) {
            case "d" -> Term.days(n);
            case "wd" -> Term.workingDays(n);
            case "w" -> Term.weeks(n);
            case "m" -> Term.months(n);
            default -> Term.years(n);
        };
        if (args.length == 3) {
            term = term.before();
        }
        try {
            Deadline deadline = EstonianCalendar.standard().deadline(date, term);
            out.println(deadline.dueDate());
            out.println(deadline.explain());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
