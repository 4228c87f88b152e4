package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Transactions;
import io.vavr.control.Either;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory adapters: one transaction at a time (a lock), and every write of
 * an in-memory adapter inside it is undone when the work returns {@code Left} or throws. A call
 * inside a running transaction joins it. Writes outside a transaction are not undone.
 */
public final class InMemoryTransactions implements Transactions {

    private static final ThreadLocal<Deque<Runnable>> UNDO = new ThreadLocal<>();

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work, Function<RepositoryError, L> failure) {
        Objects.requireNonNull(work, "work");
        if (UNDO.get() != null) {
            return work.get();
        }
        lock.lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        UNDO.set(undo);
        boolean committed = false;
        try {
            Either<L, R> result = work.get();
            committed = result.isRight();
            return result;
        } finally {
            UNDO.remove();
            if (!committed) {
                undo.forEach(Runnable::run);
            }
            lock.unlock();
        }
    }

    /** Whether the calling thread runs inside a transaction. */
    public static boolean inTransaction() {
        return UNDO.get() != null;
    }

    /** Registers how to undo a write just made, when the calling thread runs inside a transaction. */
    static void undoOnRollback(Runnable undo) {
        Deque<Runnable> journal = UNDO.get();
        if (journal != null) {
            journal.push(undo);
        }
    }
}
