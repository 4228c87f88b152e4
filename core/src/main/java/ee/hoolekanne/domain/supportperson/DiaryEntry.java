package ee.hoolekanne.domain.supportperson;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An entry of the client diary kept together by the support person and the client (AHT-12).
 * Personal data: {@code toString()} shows only the date.
 *
 * @param on   the date
 * @param note what happened
 */
public record DiaryEntry(LocalDate on, String note) {
    /** Both parts are required. */
    public DiaryEntry {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public String toString() {
        return "DiaryEntry[" + on + "]";
    }
}
