package ee.hoolekanne.port.out;

import io.vavr.control.Either;

import java.util.Objects;

/**
 * Who acts in the current call, for the audit of personal-data use (TSM-18, Andmejälgija): the
 * embedding application answers from its request or security context. A use case asks before it
 * reads or writes anything; a {@link PortFailure} (no user known) refuses the command and nothing
 * is read or written. Never throws.
 */
public interface ActingUser {

    /** The user and receiver of the current call, or why they are not known. */
    Either<PortFailure, AuditContext> current();

    /** Always {@code context}: a batch job, a single-user tool, the examples. */
    static ActingUser fixed(AuditContext context) {
        Objects.requireNonNull(context, "context");
        Either<PortFailure, AuditContext> answer = Either.right(context);
        return () -> answer;
    }
}
