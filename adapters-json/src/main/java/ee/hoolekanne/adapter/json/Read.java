package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Strict readers of DTO fields, each naming the field's JSON Pointer when it refuses. Messages
 * never quote the refused value.
 */
final class Read {

    /** ISO dates only, {@code uuuu-MM-dd}, real dates only (no 2026-02-30). */
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Read() {
    }

    static <T> T required(T value, String path) {
        if (value == null) {
            throw Refusal.invalid(path, "missing");
        }
        return value;
    }

    static LocalDate date(String text, String path) {
        required(text, path);
        if (text.length() != 10) {
            throw Refusal.invalid(path, "not an ISO date (yyyy-mm-dd)");
        }
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(path, "not an ISO date (yyyy-mm-dd)");
        }
    }

    static String date(LocalDate date) {
        return ISO_DATE.format(date);
    }

    static <E extends Enum<E>> E constant(Class<E> type, String text, String path) {
        required(text, path);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw Refusal.invalid(path, "not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    static PersonalCode personalCode(String text, String path) {
        required(text, path);
        if (text.equals(Codecs.MASKED_CODE)) {
            throw Refusal.invalid(path, "redacted: a redacted document is for reading by people, it cannot be decoded");
        }
        return PersonalCode.parse(text).getOrElseThrow(e -> Refusal.invalid(path, "not a valid personal code: " + e.message()));
    }

    static CaseId caseId(String text, String path) {
        return domain(path, () -> new CaseId(required(text, path)));
    }

    static UnitId unitId(String text, String path) {
        return domain(path, () -> new UnitId(required(text, path)));
    }

    static String text(String text, String path) {
        return required(text, path);
    }

    /** Each element of a required array, read with its own path. */
    static <D, T> List<T> each(List<D> items, String path, BiFunction<D, String, T> reader) {
        required(items, path);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = path + "/" + i;
            out.add(reader.apply(required(items.get(i), at), at));
        }
        return out;
    }

    /** Builds a domain value; what its factory refuses becomes an error at {@code path}. */
    static <T> T domain(String path, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid(path, e instanceof NullPointerException ? "missing a required part" : e.getMessage());
        }
    }
}
