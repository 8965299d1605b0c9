package dev.ide.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Telegram's "typing" indicator up: Telegram shows a chat action for about five seconds only, so while a job
 * works on an answer it is sent again every {@link TelegramSettings.Timing#typingEvery()}. One scheduler thread
 * ("telegram-typing") serves every chat; each kept-up indicator is one scheduled task, cancelled when the chat's
 * first message goes out, when the job ends, or after {@link TelegramSettings.Timing#typingAtMost()} at the latest.
 */
final class TypingKeeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TypingKeeper.class);

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Threads.named("telegram-typing"));
    private final Duration every;
    private final Duration atMost;
    private final Clock clock;

    TypingKeeper(Duration every, Duration atMost, Clock clock) {
        this.every = every;
        this.atMost = atMost;
        this.clock = clock;
    }

    /** The indicator of one chat (one reply channel): started by {@link #keep}, ended by {@link #stop}. */
    final class Indicator {

        private final Runnable show;
        private ScheduledFuture<?> task;
        private Instant until;

        private Indicator(Runnable show) {
            this.show = show;
        }

        /** Keeps showing "typing" from the next tick on (the caller has just shown it), until {@link #stop}. */
        synchronized void keep() {
            until = clock.instant().plus(atMost);
            if (task != null && !task.isDone()) {
                return;
            }
            try {
                task = ticker.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                task = null; // the adapter is closing
            }
        }

        synchronized void stop() {
            if (task != null) {
                task.cancel(false);
                task = null;
            }
        }

        private void tick() {
            synchronized (this) {
                if (task == null) {
                    return; // stopped while this tick waited
                }
                if (!clock.instant().isBefore(until)) {
                    log.debug("typing kept up for {} s; stopping it", atMost.toSeconds());
                    stop();
                    return;
                }
            }
            try {
                show.run();
            } catch (RuntimeException e) {
                log.debug("typing indicator failed: {}", e.toString());
            }
        }
    }

    Indicator indicator(Runnable show) {
        return new Indicator(show);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
