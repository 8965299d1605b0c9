package dev.ide.tools.documents;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DocumentSyncSchedulerTest {

    @Test
    void an_error_thrown_by_a_sync_is_logged_and_the_next_syncs_still_run() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(DocumentSyncScheduler.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch laterRuns = new CountDownLatch(2);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (DocumentSyncScheduler scheduler = new DocumentSyncScheduler(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            laterRuns.countDown();
        }, executor, Duration.ofMillis(10))) {
            scheduler.start();

            assertThat(laterRuns.await(10, TimeUnit.SECONDS)).as("syncs after the one that failed").isTrue();
        } finally {
            executor.shutdownNow();
            logger.detachAppender(logs);
        }

        assertThat(logs.list).filteredOn(event -> event.getLevel() == Level.ERROR).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString()
                .startsWith("Document sync failed (OutOfMemoryError)");
    }

    @Test
    void a_sync_that_fails_because_the_bot_is_shutting_down_is_not_reported() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(DocumentSyncScheduler.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        CountDownLatch failed = new CountDownLatch(1);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            DocumentSyncScheduler scheduler = new DocumentSyncScheduler(() -> {
                running.countDown();
                try {
                    closed.await(10, TimeUnit.SECONDS);
                    throw new java.nio.channels.ClosedChannelException(); // the index closed under the sync
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    failed.countDown();
                }
            }, executor, Duration.ofSeconds(60));
            scheduler.start();
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            scheduler.close();
            closed.countDown();
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
            executor.shutdown();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            executor.shutdownNow();
            logger.detachAppender(logs);
        }

        assertThat(logs.list).as("no 'retrying in 60 s' while the bot stops").isEmpty();
    }
}
