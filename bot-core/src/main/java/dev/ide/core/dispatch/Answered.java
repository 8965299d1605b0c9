package dev.ide.core.dispatch;

/**
 * What a handler did, for the history: the text to remember as the bot's turn (a short summary for tool output),
 * and whether the job succeeded.
 */
public record Answered(String historyText, boolean ok) {

    public static Answered ok(String historyText) {
        return new Answered(historyText, true);
    }

    public static Answered failed(String historyText) {
        return new Answered(historyText, false);
    }
}
