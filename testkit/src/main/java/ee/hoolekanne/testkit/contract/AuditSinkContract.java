package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.AuditSink;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract of {@link AuditSink}: append-only, per person, in order. */
public abstract class AuditSinkContract {

    /** A fresh, empty sink. */
    protected abstract AuditSink newSink();

    @Test
    @DisplayName("TSM-18: every record about a person comes back, oldest first, and no one else's")
    void recordsPerPerson() {
        AuditSink sink = newSink();
        PersonalCode a = PersonalCode.of(LocalDate.of(1990, 1, 2), Sex.MALE, 3);
        PersonalCode b = PersonalCode.of(LocalDate.of(1991, 1, 2), Sex.FEMALE, 4);
        AuditRecord first = new AuditRecord(a, Instant.parse("2026-01-05T07:00:00Z"), "submit application",
                "Tartu social housing", "TSM-6", "caseworker");
        AuditRecord other = new AuditRecord(b, Instant.parse("2026-01-05T07:01:00Z"), "submit application",
                "Tartu social housing", "TSM-6", "caseworker");
        AuditRecord second = new AuditRecord(a, Instant.parse("2026-01-06T07:00:00Z"), "assess",
                "Tartu social housing", "TSM-7", "caseworker");
        assertEquals(Either.right(first), sink.record(first));
        sink.record(other);
        sink.record(second);
        assertEquals(Either.right(List.of(first, second)), sink.recordsOf(a));
        assertEquals(Either.right(List.of(other)), sink.recordsOf(b));
    }
}
