package ee.hoolekanne.domain.calendar;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An effective-dated value: a sequence of values, each in force from its start date until the
 * next one starts. Rule sets, price lists and the subsistence level are timelines, so a new law
 * or budget is a new entry, never a code change.
 *
 * <p>Build one with {@link #startingOn(LocalDate, Object)} and {@link #then(LocalDate, Object)};
 * start dates must strictly increase. Immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class Timeline<T> {

    /**
     * One value with the first day it is in force.
     *
     * @param from  first day in force
     * @param value the value
     * @param <T>   the value type
     */
    public record Entry<T>(LocalDate from, T value) {
        /** Both parts are required. */
        public Entry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
        }
    }

    private final List<Entry<T>> entries;

    private Timeline(List<Entry<T>> entries) {
        this.entries = Collections.unmodifiableList(entries);
    }

    /** A timeline whose first value is in force from {@code from}; nothing is in force before. */
    public static <T> Timeline<T> startingOn(LocalDate from, T value) {
        List<Entry<T>> list = new ArrayList<>();
        list.add(new Entry<>(from, value));
        return new Timeline<>(list);
    }

    /**
     * This timeline with {@code value} in force from {@code from} on, replacing the previous value.
     *
     * @throws IllegalArgumentException if {@code from} is not after the last entry's start
     */
    public Timeline<T> then(LocalDate from, T value) {
        Entry<T> last = entries.get(entries.size() - 1);
        if (!from.isAfter(last.from())) {
            throw new IllegalArgumentException(
                    "timeline entries must start in order: " + from + " is not after " + last.from());
        }
        List<Entry<T>> list = new ArrayList<>(entries);
        list.add(new Entry<>(from, value));
        return new Timeline<>(list);
    }

    /** The value in force on {@code date}, or none before the first entry. */
    public Option<T> valueOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry<T> e = entries.get(i);
            if (!date.isBefore(e.from())) {
                return Option.some(e.value());
            }
        }
        return Option.none();
    }

    /** The entry in force on {@code date} (with its start date), or none before the first entry. */
    public Option<Entry<T>> entryOn(LocalDate date) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry<T> e = entries.get(i);
            if (!date.isBefore(e.from())) {
                return Option.some(e);
            }
        }
        return Option.none();
    }

    /** The entries in order of their start dates. */
    public List<Entry<T>> entries() {
        return entries;
    }

    /** The first day anything is in force. */
    public LocalDate firstDay() {
        return entries.get(0).from();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeline<?> other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Timeline" + entries;
    }
}
