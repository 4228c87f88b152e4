package ee.hoolekanne.adapter.json;

import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Transactions;
import io.vavr.control.Either;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The folder the JSON-file repositories keep their files in, and its one owner: a lock file held
 * with an operating-system lock ({@code .lock}), so a second owner (another process, or another
 * {@link JsonFileRepositories} in this one) is refused. Every write takes the folder's lock, so two
 * repositories of one owner never lose each other's update. A file is written to a temporary
 * file, forced to disk, renamed over the old one, and the folder is forced to disk where the
 * platform allows: a crash leaves the old or the new document.
 *
 * <p>{@link #transactions()} runs a unit of work under the folder's lock and undoes its writes
 * (restoring each file's previous bytes) when it returns {@code Left} or throws. The undo is not
 * crash-safe: a process that dies in the middle of a unit of work can leave some of its files
 * written.
 */
final class JsonFolder implements Transactions, AutoCloseable {

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ReentrantLock writing = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();
    private volatile boolean closed;

    private JsonFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * The folders owned in this JVM, by real path. Checked before the lock file is opened: on
     * some systems closing any channel of a file releases every lock the JVM holds on it, so a
     * refused second owner in this process must never open the lock file.
     */
    private static final Set<Path> OWNED = ConcurrentHashMap.newKeySet();

    /** Takes ownership of {@code dir} (created if missing), or says why not. */
    static Either<JsonFileRepositories.FolderError, JsonFolder> own(Path dir) {
        Path real;
        try {
            Files.createDirectories(dir);
            real = dir.toRealPath();
        } catch (IOException e) {
            return Either.left(new JsonFileRepositories.FolderError.Unusable(e.getClass().getSimpleName()));
        }
        if (!OWNED.add(real)) {
            return Either.left(new JsonFileRepositories.FolderError.OwnedByAnother());
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(real.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock taken = channel.tryLock();
            if (taken == null) {
                OWNED.remove(real);
                channel.close();
                return Either.left(new JsonFileRepositories.FolderError.OwnedByAnother());
            }
            return Either.right(new JsonFolder(real, channel, taken));
        } catch (OverlappingFileLockException e) {
            OWNED.remove(real);
            close(channel);
            return Either.left(new JsonFileRepositories.FolderError.OwnedByAnother());
        } catch (IOException e) {
            OWNED.remove(real);
            close(channel);
            return Either.left(new JsonFileRepositories.FolderError.Unusable(e.getClass().getSimpleName()));
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the folder was not taken; nothing more to release
            }
        }
    }

    Path dir() {
        return dir;
    }

    /** Runs {@code work} holding the folder's write lock (reentrant). */
    <T> T locked(Supplier<T> work) {
        writing.lock();
        try {
            return work.get();
        } finally {
            writing.unlock();
        }
    }

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work, Function<RepositoryError, L> failure) {
        Objects.requireNonNull(work, "work");
        if (undo.get() != null) {
            return work.get();
        }
        return locked(() -> {
            Deque<Runnable> journal = new ArrayDeque<>();
            undo.set(journal);
            boolean committed = false;
            try {
                Either<L, R> result = work.get();
                committed = result.isRight();
                return result;
            } finally {
                undo.remove();
                if (!committed) {
                    journal.forEach(Runnable::run);
                }
            }
        });
    }

    /** The bytes of {@code file}, none when there is no such file. */
    Optional<byte[]> read(Path file) throws IOException {
        open();
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Replaces {@code file} by {@code content} atomically; undone if the running transaction rolls back. */
    void write(Path file, byte[] content) throws IOException {
        open();
        Optional<byte[]> before = remembered(file);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".saving-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot rename atomically", e);
            }
            forceFolder(file.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
        journal(file, before);
    }

    /** Deletes {@code file} if it exists; undone if the running transaction rolls back. */
    void delete(Path file) throws IOException {
        open();
        Optional<byte[]> before = remembered(file);
        if (Files.deleteIfExists(file)) {
            forceFolder(file.getParent());
            journal(file, before);
        }
    }

    /** Refuses to touch a folder given up. */
    private void open() throws IOException {
        if (closed) {
            throw new ClosedChannelException();
        }
    }

    private Optional<byte[]> remembered(Path file) throws IOException {
        return undo.get() == null ? Optional.empty() : read(file);
    }

    private void journal(Path file, Optional<byte[]> before) {
        Deque<Runnable> journal = undo.get();
        if (journal == null) {
            return;
        }
        journal.push(() -> {
            try {
                if (before.isPresent()) {
                    Files.write(file, before.get());
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // the rollback is best effort on files; the Javadoc says so
            }
        });
    }

    /** Forces the folder's entry of a renamed file to disk; not every platform can open a folder for that. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // e.g. Windows cannot open a directory as a channel: the rename is as durable as the platform makes it
        }
    }

    /** Gives the folder up: another owner may take it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        close(lockChannel);
        OWNED.remove(dir);
    }
}
