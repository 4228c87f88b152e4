package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Outbox;
import ee.hoolekanne.port.out.OutboxMessage;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox in table {@code outbox_message}: added in the caller's transaction, claimed by a
 * conditional update per message (so two relays never lease one message at once, on any
 * database), instants as whole microseconds.
 */
final class JdbcOutbox implements Outbox {

    private static final String COLUMNS = "message_key, case_id, recipient, kind, on_date, text, created_micros, attempts, next_micros, "
            + "last_error, status";

    private final Jdbc.Db db;

    JdbcOutbox(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Integer> add(List<OutboxMessage> messages) {
        return Jdbc.write(db, "outbox", c -> {
            int fresh = 0;
            for (OutboxMessage m : messages) {
                if (find(c, m.key()).isEmpty()) {
                    insert(c, m);
                    fresh++;
                }
            }
            return Either.right(fresh);
        });
    }

    private void insert(Connection c, OutboxMessage m) throws SQLException {
        Notification n = m.notification();
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~outbox_message (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            Jdbc.bind(ps, java.util.Arrays.asList(n.key(), n.caseId().value(), n.recipient().value(), n.kind().name(), n.on(), n.text(),
                    micros(m.createdAt()), m.attempts(), micros(m.nextAttemptAt()), m.lastError().getOrNull(), m.status().name()));
            ps.executeUpdate();
        }
    }

    @Override
    public Either<RepositoryError, List<OutboxMessage>> claim(Instant now, Instant leaseUntil, int limit) {
        return Jdbc.write(db, "outbox claim", c -> {
            List<OutboxMessage> claimed = new ArrayList<>();
            for (Row r : Jdbc.rows(db, c, "SELECT " + COLUMNS + " FROM ~outbox_message WHERE status = 'PENDING' AND next_micros <= ? "
                    + "AND (lease_micros IS NULL OR lease_micros <= ?) ORDER BY created_micros, message_key", List.of(micros(now), micros(now)))) {
                if (claimed.size() == limit) {
                    break;
                }
                try (PreparedStatement ps = c.prepareStatement(db.sql("UPDATE ~outbox_message SET lease_micros = ? WHERE message_key = ? "
                        + "AND status = 'PENDING' AND (lease_micros IS NULL OR lease_micros <= ?)"))) {
                    Jdbc.bind(ps, List.of(micros(leaseUntil), r.string("message_key"), micros(now)));
                    if (ps.executeUpdate() == 1) {
                        claimed.add(message(r));
                    }
                }
            }
            return Either.right(List.copyOf(claimed));
        });
    }

    @Override
    public Either<RepositoryError, OutboxMessage> delivered(String key, Instant at) {
        return update(key, "status = 'DELIVERED', lease_micros = NULL", List.of(), "");
    }

    @Override
    public Either<RepositoryError, OutboxMessage> failed(String key, String reason, Instant nextAttemptAt, boolean park) {
        return update(key, "attempts = attempts + 1, last_error = ?, next_micros = ?, status = ?, lease_micros = NULL",
                List.of(reason, micros(nextAttemptAt), park ? "PARKED" : "PENDING"), "");
    }

    @Override
    public Either<RepositoryError, OutboxMessage> retry(String key, Instant now) {
        return update(key, "attempts = 0, next_micros = ?, status = 'PENDING', lease_micros = NULL", List.of(micros(now)),
                " AND status = 'PARKED'");
    }

    /** Sets {@code assignments} on the message {@code key} when {@code condition} holds; an unknown or unfit key is an error. */
    private Either<RepositoryError, OutboxMessage> update(String key, String assignments, List<Object> values, String condition) {
        return Jdbc.write(db, "outbox " + key, c -> {
            List<Object> parameters = new ArrayList<>(values);
            parameters.add(key);
            try (PreparedStatement ps = c.prepareStatement(db.sql("UPDATE ~outbox_message SET " + assignments + " WHERE message_key = ?"
                    + condition))) {
                Jdbc.bind(ps, parameters);
                if (ps.executeUpdate() != 1) {
                    return Either.left(new RepositoryError.Unavailable("no message " + key + " in the outbox"
                            + (condition.isEmpty() ? "" : " that can be retried")));
                }
            }
            return find(c, key).toEither(() -> new RepositoryError.Unavailable("no message " + key + " in the outbox"));
        });
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
        return Jdbc.write(db, "outbox purge", c -> {
            try (PreparedStatement ps = c.prepareStatement(db.sql("DELETE FROM ~outbox_message WHERE status = 'DELIVERED' AND created_micros < ?"))) {
                ps.setLong(1, micros(before));
                return Either.right(ps.executeUpdate());
            }
        });
    }

    private Either<RepositoryError, List<OutboxMessage>> having(String status) {
        return Jdbc.read(db, "outbox", c -> {
            List<OutboxMessage> out = new ArrayList<>();
            for (Row r : Jdbc.rows(db, c, "SELECT " + COLUMNS + " FROM ~outbox_message WHERE status = ? ORDER BY created_micros, message_key",
                    List.of(status))) {
                out.add(message(r));
            }
            return Either.right(List.copyOf(out));
        });
    }

    private Option<OutboxMessage> find(Connection c, String key) throws SQLException {
        List<Row> rows = Jdbc.rows(db, c, "SELECT " + COLUMNS + " FROM ~outbox_message WHERE message_key = ?", List.of(key));
        return rows.isEmpty() ? Option.none() : Option.some(message(rows.get(0)));
    }

    /** The message of a row; a row that is not one (an invalid code, an unknown kind) throws, which the run reports as corrupt data. */
    private static OutboxMessage message(Row r) {
        Notification n = new Notification(r.string("message_key"), new CaseId(r.string("case_id")),
                PersonalCode.parse(r.string("recipient")).getOrElseThrow(e -> new IllegalArgumentException("not a personal code")),
                Notification.Kind.valueOf(r.string("kind")), r.date("on_date"), r.string("text"));
        return new OutboxMessage(n, instant(r.number("created_micros")), r.integer("attempts"), instant(r.number("next_micros")),
                Option.of(r.string("last_error")), OutboxMessage.Status.valueOf(r.string("status")));
    }

    static long micros(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
