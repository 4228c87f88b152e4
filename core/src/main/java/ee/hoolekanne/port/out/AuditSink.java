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

    /** Every record about {@code person}, oldest first. */
    Either<PortFailure, List<AuditRecord>> recordsOf(PersonalCode person);
}
