package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Strict readers of DTO fields, each naming the field's JSON Pointer when it refuses. Messages
 * never quote the refused value.
 */
final class Read {

    private Read() {
    }

    static <T> T required(T value, At path) {
        if (value == null) {
            throw Refusal.invalid(path, "missing");
        }
        return value;
    }

    /** A time of day, {@code hh:mm} (CAL-9: when an institution closes). */
    static java.time.LocalTime time(String text, At path) {
        required(text, path);
        if (text.length() != 5 || text.charAt(2) != ':') {
            throw Refusal.invalid(path, "not a time of day (hh:mm)");
        }
        int hour = digits(text, 0, 2);
        int minute = digits(text, 3, 5);
        if (hour < 0 || minute < 0 || hour > 23 || minute > 59) {
            throw Refusal.invalid(path, "not a time of day (hh:mm)");
        }
        return java.time.LocalTime.of(hour, minute);
    }

    /**
     * A real ISO date, {@code yyyy-mm-dd}, read by hand: this runs for every date of every
     * document, and a formatter is some fifty times slower.
     */
    static LocalDate date(String text, At path) {
        required(text, path);
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw Refusal.invalid(path, "not an ISO date (yyyy-mm-dd)");
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            throw Refusal.invalid(path, "not an ISO date (yyyy-mm-dd)");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw Refusal.invalid(path, "not an ISO date (yyyy-mm-dd)");
        }
    }

    /** The number in {@code text[from, until)} when it is all ASCII digits, else -1. */
    private static int digits(String text, int from, int until) {
        int n = 0;
        for (int i = from; i < until; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** {@code yyyy-mm-dd}, written by hand for the same reason as it is read by hand. */
    static String date(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return date.toString();
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        char[] c = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10), (char) ('0' + year % 10),
                '-', (char) ('0' + month / 10), (char) ('0' + month % 10), '-', (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return new String(c);
    }

    static <E extends Enum<E>> E constant(Class<E> type, String text, At path) {
        required(text, path);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw Refusal.invalid(path, "not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    static PersonalCode personalCode(String text, At path) {
        required(text, path);
        if (text.equals(Codecs.MASKED_CODE)) {
            throw Refusal.invalid(path, "redacted: a redacted document is for reading by people, it cannot be decoded");
        }
        return PersonalCode.parse(text).getOrElseThrow(e -> Refusal.invalid(path, "not a valid personal code: " + e.message()));
    }

    static CaseId caseId(String text, At path) {
        return domain(path, () -> new CaseId(required(text, path)));
    }

    static UnitId unitId(String text, At path) {
        return domain(path, () -> new UnitId(required(text, path)));
    }

    static String text(String text, At path) {
        return required(text, path);
    }

    /** A rule of the catalogue by its ID, e.g. {@code TSM-8}. */
    static ee.hoolekanne.domain.law.Rule rule(String id, At path) {
        return ee.hoolekanne.domain.law.Rule.parse(required(id, path))
                .getOrElseThrow(() -> Refusal.invalid(path, "not a rule ID of the catalogue"));
    }

    /** Each element of a required array, read with its own path. */
    static <D, T> List<T> each(List<D> items, At path, BiFunction<D, At, T> reader) {
        required(items, path);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            At at = path.index(i);
            out.add(reader.apply(required(items.get(i), at), at));
        }
        return out;
    }

    /** Builds a domain value; what its factory refuses becomes an error at {@code path}. */
    static <T> T domain(At path, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid(path, e instanceof NullPointerException ? "missing a required part" : e.getMessage());
        }
    }

    /**
     * Refuses the first of {@code fields} (name, value pairs) that is present but not among the
     * fields {@code state} has: a document holds only its state's fields.
     */
    static void onlyFields(At at, String state, java.util.Set<String> allowed, Object[][] fields, String noun) {
        for (Object[] field : fields) {
            if (field[1] != null && !allowed.contains((String) field[0])) {
                throw Refusal.invalid(at.field((String) field[0]), "not a field of a " + state + " " + noun);
            }
        }
    }
}
