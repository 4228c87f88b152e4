package ee.hoolekanne.port.out;

import java.util.Arrays;
import java.util.Objects;

/**
 * A rendered letter: its bytes, its format and a suggested file name that holds the case and the
 * letter's number, never a personal code or a name.
 *
 * @param format   HTML or PDF
 * @param content  the bytes (UTF-8 for HTML); copied in and out
 * @param fileName a suggested file name, e.g. {@code 2025-SH-101_K-2025-77_et.pdf}
 */
public record RenderedLetter(LetterFormat format, byte[] content, String fileName) {

    /** Every part is required; the bytes are copied. */
    public RenderedLetter {
        Objects.requireNonNull(format, "format");
        content = Objects.requireNonNull(content, "content").clone();
        Objects.requireNonNull(fileName, "fileName");
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedLetter r && r.format == format && Arrays.equals(r.content, content) && r.fileName.equals(fileName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, Arrays.hashCode(content), fileName);
    }

    @Override
    public String toString() {
        return "RenderedLetter[" + format + ", " + content.length + " bytes, " + fileName + "]";
    }
}
