package dev.ide.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per Slack channel, until when Slack asked us to slow down, so that streaming replies there send only
 * their final text for a while (core asks {@code streamingEditsAllowed}).
 */
final class FloodControl {

    /** Streaming edits stay off a little longer than Slack asked, so they do not hit the limit again at once. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Clock clock;
    private final Map<String, Instant> limitedUntil = new ConcurrentHashMap<>();

    FloodControl(Clock clock) {
        this.clock = clock;
    }

    void rateLimited(String channel, Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter).plus(GRACE);
        limitedUntil.merge(channel, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    boolean editsAllowed(String channel) {
        Instant until = limitedUntil.get(channel);
        if (until == null) {
            return true;
        }
        if (clock.instant().isAfter(until)) {
            limitedUntil.remove(channel, until);
            return true;
        }
        return false;
    }
}
