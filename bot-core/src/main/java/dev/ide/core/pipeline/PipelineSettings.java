package dev.ide.core.pipeline;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The pipeline's knobs.
 *
 * @param historyTurns    how many past turns go into prompts
 * @param maxMessageChars longer messages are cut (with a notice) before a model sees them
 * @param zone            the bot's time zone ([현재 시간], tool dates)
 * @param classifierName  the classifier's display name, for "model unavailable" replies
 * @param refusalInterval one refusal per unknown user per this interval, so a stranger cannot make the bot spam
 */
public record PipelineSettings(int historyTurns, int maxMessageChars, ZoneId zone, String classifierName,
                               Duration refusalInterval) {

    public static PipelineSettings defaults(ZoneId zone, String classifierName) {
        return new PipelineSettings(10, 4000, zone, classifierName, Duration.ofMinutes(10));
    }
}
