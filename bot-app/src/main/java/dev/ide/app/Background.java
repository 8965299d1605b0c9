package dev.ide.app;

import dev.ide.tools.documents.DocumentSyncScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a long-running process does besides answering: the health loop, following the documents folder, and
 * pruning old history, drafts and finished jobs (retention).
 */
final class Background implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Background.class);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final ScheduledExecutorService executor;
    private final DocumentSyncScheduler documents;

    private Background(ScheduledExecutorService executor, DocumentSyncScheduler documents) {
        this.executor = executor;
        this.documents = documents;
    }

    static Background start(Wiring wiring, boolean healthLoop) {
        if (healthLoop) {
            wiring.engine().startHealthLoop(wiring.settings().healthInterval());
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ide-background");
            t.setDaemon(true);
            return t;
        });
        DocumentSyncScheduler documents = null;
        if (wiring.documents() != null && !wiring.documents().readOnly()) {
            documents = new DocumentSyncScheduler(wiring.documents(), executor,
                    DocumentSyncScheduler.DEFAULT_INTERVAL);
            documents.start();
        }
        executor.scheduleWithFixedDelay(() -> prune(wiring), 1, PRUNE_EVERY.toSeconds(), TimeUnit.SECONDS);
        return new Background(executor, documents);
    }

    /** Deletes history and finished jobs past the retention period, and expired drafts. */
    static void prune(Wiring wiring) {
        try {
            Instant now = wiring.clock().instant();
            Instant cutoff = now.minus(wiring.settings().historyRetentionDays(), ChronoUnit.DAYS);
            int turns = wiring.historyStore().pruneOlderThan(cutoff);
            int jobs = wiring.jobStore().pruneFinishedBefore(cutoff);
            int drafts = wiring.draftStore().pruneExpiredBefore(now);
            if (turns + jobs + drafts > 0) {
                log.info("retention: pruned {} history turns, {} finished jobs, {} expired drafts", turns, jobs,
                        drafts);
            }
        } catch (RuntimeException e) {
            log.warn("retention pruning failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        if (documents != null) {
            documents.close();
        }
        executor.shutdownNow();
    }
}
