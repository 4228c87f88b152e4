package ee.hoolekanne.port.out;

import java.util.Objects;

/**
 * An aggregate as stored, with its optimistic version: 1 after the first save, one more after
 * every save.
 *
 * @param value   the aggregate
 * @param version at least 1
 * @param <T>     the aggregate type
 */
public record Versioned<T>(T value, long version) {
    /** @throws IllegalArgumentException for a version below 1 */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("a stored version is at least 1");
        }
    }
}
