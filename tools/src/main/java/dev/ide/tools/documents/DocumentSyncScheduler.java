package dev.ide.tools.documents;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index following the folder while the bot runs: one sync at start, then one every interval (fixed delay,
 * so a slow sync never overlaps the next). The executor belongs to the caller, who shuts it down.
 */
public final class DocumentSyncScheduler implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(DocumentSyncScheduler.class);

    /** One sync of the index; a seam for tests that need a sync to fail in ways a real folder cannot. */
    @FunctionalInterface
    interface Sync {
        void run() throws IOException;
    }

    private final Sync sync;
    private final ScheduledExecutorService executor;
    private final Duration interval;
    private ScheduledFuture<?> task;
    private volatile boolean closed;

    public DocumentSyncScheduler(DocumentIndex index, ScheduledExecutorService executor, Duration interval) {
        this(index::sync, executor, interval);
    }

    DocumentSyncScheduler(Sync sync, ScheduledExecutorService executor, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.sync = sync;
        this.executor = executor;
        this.interval = interval;
    }

    /** Starts syncing: the first run right away on the executor, then every interval. */
    public synchronized void start() {
        if (task == null) {
            task = executor.scheduleWithFixedDelay(this::syncOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void syncOnce() {
        // Anything thrown out of here, an Error included, would silently cancel every later run.
        try {
            sync.run();
        } catch (Exception e) {
            if (closed) {
                return; // the index was closed under a running sync at shutdown: nothing to retry
            }
            log.warn("Document sync failed ({}); retrying in {} s", e.getClass().getSimpleName(),
                    interval.toSeconds());
        } catch (Throwable e) { // e.g. OutOfMemoryError: the next run may well succeed once its garbage is gone
            log.error("Document sync failed ({}); retrying in {} s", e.getClass().getSimpleName(),
                    interval.toSeconds());
        }
    }

    /** Stops further runs; close this before the index. */
    @Override
    public synchronized void close() {
        closed = true;
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
