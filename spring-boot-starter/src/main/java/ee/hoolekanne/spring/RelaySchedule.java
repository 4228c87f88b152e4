package ee.hoolekanne.spring;

import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the outbox relay on one daemon thread every interval while the application runs; a run
 * that fails is tried again at the next interval (the outbox keeps every notification until it is
 * delivered). Started and stopped with the application context.
 */
public final class RelaySchedule implements SmartLifecycle {

    private final Runnable run;
    private final Duration interval;
    private ScheduledExecutorService executor;

    RelaySchedule(Runnable run, Duration interval) {
        this.run = Objects.requireNonNull(run, "run");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("hoolekanne.relay.interval must be positive");
        }
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hoolekanne-outbox-relay");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(() -> {
                try {
                    run.run();
                } catch (RuntimeException e) {
                    // the outbox keeps the notifications; the next run tries again
                }
            }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** The pause between two runs. */
    public Duration interval() {
        return interval;
    }
}
