package dev.ide.core.pipeline;

import java.util.Locale;
import java.util.Optional;

/** The five commands, answered without a model (product §1.5). */
public enum Command {
    START,
    HELP,
    STATUS,
    RESET,
    CANCEL,
    UNKNOWN;

    /** The command a text starts with ("/status", "/status@ide_bot"), or empty when it is not a command. */
    public static Optional<Command> parse(String text) {
        String t = text.strip();
        if (!t.startsWith("/") || t.length() < 2 || !Character.isLetter(t.charAt(1))) {
            return Optional.empty();
        }
        String word = t.substring(1).split("[\\s@]", 2)[0].toLowerCase(Locale.ROOT);
        return Optional.of(switch (word) {
            case "start" -> START;
            case "help" -> HELP;
            case "status" -> STATUS;
            case "reset" -> RESET;
            case "cancel" -> CANCEL;
            default -> UNKNOWN;
        });
    }
}
