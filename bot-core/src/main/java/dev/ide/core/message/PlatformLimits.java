package dev.ide.core.message;

import java.time.Duration;

/**
 * What a platform allows a reply to do: how long one message may be and how often a streaming message may be
 * edited. Core's reply logic is written once and parameterized by these.
 */
public record PlatformLimits(int maxMessageLength, Duration minEditInterval, boolean canEdit) {

    public static final PlatformLimits CONSOLE = new PlatformLimits(Integer.MAX_VALUE, Duration.ZERO, false);
    public static final PlatformLimits TELEGRAM = new PlatformLimits(4096, Duration.ofSeconds(1), true);
    /** Slack's hard cap is 40,000 characters; 3,000 keeps a message readable and within a section block. */
    public static final PlatformLimits SLACK = new PlatformLimits(3000, Duration.ofSeconds(1), true);
}
