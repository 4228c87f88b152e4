package ee.hoolekanne.adapter.json;

import com.fasterxml.jackson.databind.JsonNode;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.VersionedRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One kind of aggregate as JSON files, one per key: {@code <dir>/<hex of the key>.json} holding
 * {@code {"version": n, "document": {...}}}. A save writes a temporary file in the same folder,
 * forces it to disk and renames it over the old one atomically, so a reader or a crash sees the
 * old document or the new one, never a part. Saves serialise in this process; one process owns a
 * folder.
 *
 * @param <T> the aggregate type
 */
final class JsonFileStore<T> implements VersionedRepository<String, T> {

    private final JsonFolder folder;
    private final Path dir;
    private final DocumentType<T> type;
    private final HoolekanneJson json;
    private final Function<T, String> keyOf;

    JsonFileStore(JsonFolder folder, DocumentType<T> type, HoolekanneJson json, Function<T, String> keyOf) {
        this.folder = folder;
        this.dir = folder.dir().resolve(type.name());
        this.type = type;
        this.json = json;
        this.keyOf = keyOf;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<T>>> load(String key) {
        byte[] bytes;
        try {
            java.util.Optional<byte[]> read = folder.read(file(key));
            if (read.isEmpty()) {
                return Either.right(Option.none());
            }
            bytes = read.get();
        } catch (IOException e) {
            return Either.left(unavailable(e));
        }
        return read(key, bytes).map(Option::some);
    }

    @Override
    public Either<RepositoryError, Long> save(String key, T aggregate, long expectedVersion) {
        if (!key.equals(keyOf.apply(aggregate))) {
            return Either.left(new RepositoryError.Unavailable("the key is not the " + type.name() + "'s id"));
        }
        return folder.locked(() -> storedVersion(key).flatMap(actual -> {
            if (actual != expectedVersion) {
                return Either.left(new RepositoryError.VersionConflict(key, expectedVersion, actual));
            }
            long next = expectedVersion + 1;
            String content = "{\"version\":" + next + ",\"document\":" + json.encode(type, aggregate) + "}";
            try {
                folder.write(file(key), content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Either.left(unavailable(e));
            }
            return Either.right(next);
        }));
    }

    /**
     * Every stored aggregate, ordered by key, each read as {@link #load} reads it; a damaged file
     * makes the whole answer an error.
     */
    Either<RepositoryError, List<T>> all() {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") && !name.startsWith(".")) {
                    keys.add(new String(HexFormat.of().parseHex(name.substring(0, name.length() - 5)), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Either.left(new RepositoryError.Unavailable("the " + type.name() + " files could not be listed ("
                    + e.getClass().getSimpleName() + ")"));
        }
        keys.sort(null);
        List<T> out = new ArrayList<>();
        for (String key : keys) {
            Either<RepositoryError, Option<Versioned<T>>> one = load(key);
            if (one.isLeft()) {
                return Either.left(one.getLeft());
            }
            one.get().forEach(v -> out.add(v.value()));
        }
        return Either.right(List.copyOf(out));
    }

    /**
     * The version of the stored file, 0 when there is none: a save needs only this, so the
     * envelope is parsed and the document is not decoded.
     */
    private Either<RepositoryError, Long> storedVersion(String key) {
        java.util.Optional<byte[]> bytes;
        try {
            bytes = folder.read(file(key));
        } catch (IOException e) {
            return Either.left(unavailable(e));
        }
        return bytes.isEmpty() ? Either.right(0L) : envelope(key, bytes.get()).map(root -> root.get("version").asLong());
    }

    private Either<RepositoryError, Versioned<T>> read(String key, byte[] bytes) {
        return envelope(key, bytes).flatMap(root -> json.decode(type, root.get("document").toString())
                .<RepositoryError>mapLeft(e -> corrupt(key, e.message()))
                .map(value -> new Versioned<>(value, root.get("version").asLong())));
    }

    /** The file's {@code {"version": n, "document": {...}}} envelope, checked. */
    private Either<RepositoryError, JsonNode> envelope(String key, byte[] bytes) {
        JsonNode root;
        try {
            root = HoolekanneJson.tree(bytes);
        } catch (IOException e) {
            return Either.left(corrupt(key, HoolekanneJson.error(e).message()));
        }
        JsonNode version = root.get("version");
        JsonNode document = root.get("document");
        if (root.size() != 2 || version == null || !version.canConvertToExactIntegral() || version.asLong() < 1
                || document == null || !document.isObject()) {
            return Either.left(corrupt(key, "not a {version, document} file"));
        }
        return Either.right(root);
    }

    private Path file(String key) {
        return dir.resolve(HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8)) + ".json");
    }

    private RepositoryError corrupt(String key, String why) {
        return new RepositoryError.Unavailable("the stored " + type.name() + " " + key + " is corrupt: " + why);
    }

    private RepositoryError unavailable(IOException e) {
        return new RepositoryError.Unavailable("the " + type.name() + " files could not be used ("
                + e.getClass().getSimpleName() + ")");
    }
}
