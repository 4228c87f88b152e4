package ee.hoolekanne.adapter.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Outbox;
import ee.hoolekanne.port.out.OutboxMessage;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outbox as one JSON file, {@code outbox.json}, rewritten under the folder's lock and undone
 * with a failed unit of work of {@link JsonFolder}: for the small deployments a file store is for.
 * The adapter's own storage format (not a published document type).
 */
final class JsonFileOutbox implements Outbox {

    private static final int FORMAT = 1;
    private static final Comparator<Stored> OLDEST_FIRST = Comparator.comparing(Stored::createdAt).thenComparing(Stored::key);

    private final JsonFolder folder;
    private final Path file;

    JsonFileOutbox(JsonFolder folder) {
        this.folder = folder;
        this.file = folder.dir().resolve("outbox.json");
    }

    /** The file. */
    record OutboxFile(int format, List<Stored> messages) {
    }

    /** One message with its lease. */
    record Stored(String key, String caseId, String recipient, String kind, String on, String text, String createdAt, int attempts,
                  String nextAttemptAt, String lastError, String status, String leaseUntil) {
        Stored with(int attempts, String next, String error, String status, String lease) {
            return new Stored(key, caseId, recipient, kind, on, text, createdAt, attempts, next, error, status, lease);
        }
    }

    @Override
    public Either<RepositoryError, Integer> add(List<OutboxMessage> added) {
        return change(all -> {
            int fresh = 0;
            for (OutboxMessage m : added) {
                if (all.stream().noneMatch(s -> s.key().equals(m.key()))) {
                    all.add(stored(m));
                    fresh++;
                }
            }
            return Either.right(fresh);
        });
    }

    @Override
    public Either<RepositoryError, List<OutboxMessage>> claim(Instant now, Instant leaseUntil, int limit) {
        return change(all -> {
            List<Stored> due = all.stream().filter(s -> s.status().equals("PENDING") && !Instant.parse(s.nextAttemptAt()).isAfter(now)
                    && (s.leaseUntil() == null || !Instant.parse(s.leaseUntil()).isAfter(now))).sorted(OLDEST_FIRST).limit(limit).toList();
            List<OutboxMessage> claimed = new ArrayList<>();
            for (Stored s : due) {
                all.set(all.indexOf(s), s.with(s.attempts(), s.nextAttemptAt(), s.lastError(), s.status(), leaseUntil.toString()));
                claimed.add(message(s));
            }
            return Either.right(List.copyOf(claimed));
        });
    }

    @Override
    public Either<RepositoryError, OutboxMessage> delivered(String key, Instant at) {
        return update(key, false, s -> s.with(s.attempts(), s.nextAttemptAt(), s.lastError(), "DELIVERED", null));
    }

    @Override
    public Either<RepositoryError, OutboxMessage> failed(String key, String reason, Instant nextAttemptAt, boolean park) {
        return update(key, false, s -> s.with(s.attempts() + 1, nextAttemptAt.toString(), reason, park ? "PARKED" : "PENDING", null));
    }

    @Override
    public Either<RepositoryError, OutboxMessage> retry(String key, Instant now) {
        return update(key, true, s -> s.with(0, now.toString(), s.lastError(), "PENDING", null));
    }

    @Override
    public Either<RepositoryError, List<OutboxMessage>> parked() {
        return having("PARKED");
    }

    @Override
    public Either<RepositoryError, List<OutboxMessage>> pending() {
        return having("PENDING");
    }

    @Override
    public Either<RepositoryError, Integer> purgeDelivered(Instant before) {
        return change(all -> {
            int size = all.size();
            all.removeIf(s -> s.status().equals("DELIVERED") && Instant.parse(s.createdAt()).isBefore(before));
            return Either.right(size - all.size());
        });
    }

    private Either<RepositoryError, List<OutboxMessage>> having(String status) {
        return read().map(all -> all.stream().filter(s -> s.status().equals(status)).sorted(OLDEST_FIRST).map(JsonFileOutbox::message)
                .toList());
    }

    private Either<RepositoryError, OutboxMessage> update(String key, boolean onlyParked, Function<Stored, Stored> how) {
        return change(all -> {
            for (int i = 0; i < all.size(); i++) {
                Stored s = all.get(i);
                if (s.key().equals(key)) {
                    if (onlyParked && !s.status().equals("PARKED")) {
                        return Either.left(new RepositoryError.Unavailable("message " + key + " is " + s.status()));
                    }
                    Stored changed = how.apply(s);
                    all.set(i, changed);
                    return Either.right(message(changed));
                }
            }
            return Either.left(new RepositoryError.Unavailable("no message " + key + " in the outbox"));
        });
    }

    /** Reads the file, applies {@code work} to its messages and writes them back when it succeeds, all under the folder's lock. */
    private <T> Either<RepositoryError, T> change(Function<List<Stored>, Either<RepositoryError, T>> work) {
        return folder.locked(() -> read().flatMap(all -> {
            List<Stored> mutable = new ArrayList<>(all);
            return work.apply(mutable).flatMap(result -> write(mutable).map(done -> result));
        }));
    }

    private Either<RepositoryError, List<Stored>> read() {
        Optional<byte[]> bytes;
        try {
            bytes = folder.read(file);
        } catch (IOException e) {
            return Either.left(new RepositoryError.Unavailable("the outbox could not be read (" + e.getClass().getSimpleName() + ")"));
        }
        if (bytes.isEmpty()) {
            return Either.right(List.of());
        }
        try {
            OutboxFile content = HoolekanneJson.mapper().readValue(bytes.get(), OutboxFile.class);
            if (content == null || content.format() != FORMAT || content.messages() == null) {
                return Either.left(corrupt("not a version " + FORMAT + " outbox file"));
            }
            content.messages().forEach(JsonFileOutbox::message);
            return Either.right(content.messages());
        } catch (JsonProcessingException e) {
            return Either.left(corrupt(HoolekanneJson.error(e).message()));
        } catch (IOException e) {
            return Either.left(corrupt("unreadable"));
        } catch (RuntimeException e) {
            return Either.left(corrupt("a message is incomplete or invalid (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private Either<RepositoryError, Void> write(List<Stored> all) {
        try {
            folder.write(file, HoolekanneJson.mapper().writeValueAsBytes(new OutboxFile(FORMAT, all)));
            return Either.right(null);
        } catch (IOException e) {
            return Either.left(new RepositoryError.Unavailable("the outbox could not be written (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static RepositoryError corrupt(String why) {
        return new RepositoryError.Unavailable("the stored outbox is corrupt: " + why);
    }

    private static Stored stored(OutboxMessage m) {
        Notification n = m.notification();
        return new Stored(n.key(), n.caseId().value(), n.recipient().value(), n.kind().name(), n.on().toString(), n.text(),
                m.createdAt().toString(), m.attempts(), m.nextAttemptAt().toString(), m.lastError().getOrNull(), m.status().name(), null);
    }

    private static OutboxMessage message(Stored s) {
        Notification n = new Notification(s.key(), new CaseId(s.caseId()),
                PersonalCode.parse(s.recipient()).getOrElseThrow(e -> new IllegalArgumentException("not a personal code")),
                Notification.Kind.valueOf(s.kind()), LocalDate.parse(s.on()), s.text());
        return new OutboxMessage(n, Instant.parse(s.createdAt()), s.attempts(), Instant.parse(s.nextAttemptAt()), Option.of(s.lastError()),
                OutboxMessage.Status.valueOf(s.status()));
    }
}
