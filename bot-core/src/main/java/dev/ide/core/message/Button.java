package dev.ide.core.message;

/** A button under a reply (Telegram inline keyboard, Slack Block Kit). Pressing it comes back as callback data. */
public record Button(String label, String callbackData) {
}
