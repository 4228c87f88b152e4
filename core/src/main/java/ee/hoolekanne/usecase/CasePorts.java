package ee.hoolekanne.usecase;

import ee.hoolekanne.port.out.ActingUser;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.OpenObligations;
import ee.hoolekanne.port.out.Outbox;
import ee.hoolekanne.port.out.TimeSource;
import ee.hoolekanne.port.out.Transactions;

import java.util.Objects;

/**
 * The driven ports every command of every service runs on, besides the service's own
 * repositories: the read model of open obligations, the outbox of notifications, the audit sink
 * and who is acting, the clock, and the transactions that make a command all or nothing.
 *
 * @param obligations  the open obligations of every case
 * @param outbox       the notifications the commands cause, written in their transactions
 * @param audit        where uses of personal data are recorded
 * @param actingUser   who acts in the current call
 * @param time         the clock
 * @param transactions units of work
 */
public record CasePorts(OpenObligations obligations, Outbox outbox, AuditSink audit, ActingUser actingUser, TimeSource time,
                        Transactions transactions) {
    /** Every port is required. */
    public CasePorts {
        Objects.requireNonNull(obligations, "obligations");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(actingUser, "actingUser");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(transactions, "transactions");
    }
}
