package dev.ide.tools.documents;

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

    private final DocumentIndex index;
    private final ScheduledExecutorService executor;
    private final Duration interval;
    private ScheduledFuture<?> task;

    public DocumentSyncScheduler(DocumentIndex index, ScheduledExecutorService executor, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.index = index;
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
        try {
            index.sync();
        } catch (Exception e) {
            // A thrown exception would silently cancel every later run.
            log.warn("Document sync failed ({}); retrying in {} s", e.getClass().getSimpleName(),
                    interval.toSeconds());
        }
    }

    /** Stops further runs; close this before the index. */
    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
