package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.person.PersonalCode;
import io.vavr.control.Either;

import java.util.List;

/**
 * Where uses of personal data are recorded (TSM-18 subject access, Andmejälgija). Append-only:
 * {@link #record} keeps every record it accepts; {@link #recordsOf} returns one person's records
 * in the order they were recorded. Failures are {@link PortFailure}s, never thrown.
 */
public interface AuditSink {

    /** Appends {@code record}. */
    Either<PortFailure, AuditRecord> record(AuditRecord record);

    /**
     * Appends every record of {@code records}, in order, all or none when a transaction of
     * {@link Transactions} is running; returns how many. Adapters write them in one batch.
     */
    default Either<PortFailure, Integer> recordAll(List<AuditRecord> records) {
        Either<PortFailure, Integer> recorded = Either.right(0);
        for (AuditRecord r : records) {
            recorded = recorded.flatMap(n -> record(r).map(ok -> n + 1));
        }
        return recorded;
    }

    /** Every record about {@code person}, oldest first. */
    Either<PortFailure, List<AuditRecord>> recordsOf(PersonalCode person);
}
