package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.PortFailure;
import io.vavr.control.Either;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An append-only audit log in memory; records written in a transaction that rolls back are gone. */
public final class InMemoryAuditSink implements AuditSink {

    private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public Either<PortFailure, AuditRecord> record(AuditRecord record) {
        records.add(record);
        InMemoryTransactions.undoOnRollback(() -> records.remove(record));
        return Either.right(record);
    }

    @Override
    public Either<PortFailure, List<AuditRecord>> recordsOf(PersonalCode person) {
        return Either.right(records.stream().filter(r -> r.person().equals(person)).toList());
    }

    /** Every record, oldest first. */
    public List<AuditRecord> all() {
        return List.copyOf(records);
    }
}
