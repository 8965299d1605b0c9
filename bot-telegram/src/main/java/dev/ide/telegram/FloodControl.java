package dev.ide.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one edit budget shared by every chat of this bot, and the penalty window after Telegram answered 429.
 * Telegram limits a bot as a whole, so per-chat throttling (core's once a second) is not enough when several
 * answers stream at once. Thread-safe: every reply thread of every chat goes through one instance.
 */
final class FloodControl {

    private final Clock clock;
    private final double capacity;
    private final double perSecond;
    private double tokens;
    private Instant refilledAt;
    private Instant penaltyUntil = Instant.MIN;

    FloodControl(Clock clock, int editsPerMinute, int burst) {
        this.clock = clock;
        this.capacity = burst;
        this.perSecond = editsPerMinute / 60.0;
        this.tokens = burst;
        this.refilledAt = clock.instant();
    }

    /** Whether an intermediate streaming edit may be made now: no penalty, and budget left. */
    synchronized boolean streamingAllowed() {
        refill();
        return !penalized() && tokens >= 1;
    }

    /** Whether Telegram's 429 penalty is still running. */
    synchronized boolean penalized() {
        return clock.instant().isBefore(penaltyUntil);
    }

    /**
     * Spends one edit. Final edits are spent even without budget (they must land): the debt only keeps streaming
     * off longer.
     */
    synchronized void spendEdit() {
        refill();
        tokens -= 1;
    }

    /** Telegram answered 429: no streaming edits until the wait it asked for is over. */
    synchronized void penalize(Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        if (until.isAfter(penaltyUntil)) {
            penaltyUntil = until;
        }
    }

    private void refill() {
        Instant now = clock.instant();
        double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
        if (seconds > 0) {
            tokens = Math.min(capacity, tokens + seconds * perSecond);
            refilledAt = now;
        }
    }
}
