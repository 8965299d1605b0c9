package dev.ide.slack;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words after the slash command ({@code /ide status}) as core's command text ({@code /status}). Slack keeps
 * {@code /status} and friends for itself, so the bot's commands live under one slash command of its own.
 */
final class SlashCommandText {

    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("status", "/status"), Map.entry("상태", "/status"),
            Map.entry("reset", "/reset"), Map.entry("초기화", "/reset"),
            Map.entry("cancel", "/cancel"), Map.entry("취소", "/cancel"),
            Map.entry("help", "/help"), Map.entry("도움말", "/help"),
            Map.entry("start", "/start"));

    private SlashCommandText() {
    }

    /** The core command for the text, {@code /help} for no text, or empty for anything else. */
    static Optional<String> toCoreCommand(String text) {
        String word = text == null ? "" : text.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (word.startsWith("/")) {
            word = word.substring(1);
        }
        if (word.isEmpty()) {
            return Optional.of("/help");
        }
        return Optional.ofNullable(COMMANDS.get(word));
    }
}
