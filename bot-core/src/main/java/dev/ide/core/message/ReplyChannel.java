package dev.ide.core.message;

import java.util.List;

/**
 * The reply port: what core needs from a chat platform to answer one conversation. An adapter implements it;
 * core decides what to say, the adapter only translates into API calls.
 *
 * <p>Implementations handle the platform's own failures (retry on 429, back off on network errors) and never
 * throw for them; a message that finally cannot be delivered is logged by the adapter.
 */
public interface ReplyChannel {

    /** Sends a new message and returns a handle to edit it later. */
    SentMessage send(String text);

    /** Sends a new message with buttons under it. */
    SentMessage send(String text, List<Button> buttons);

    /**
     * Replaces the text of a message sent earlier (and removes its buttons).
     *
     * @return false when the platform did not apply it (not supported, or flood-controlled)
     */
    boolean edit(SentMessage message, String text);

    /** Shows that the bot is working ("typing"). May be a no-op. */
    void typing();

    /** The platform's limits for this conversation. */
    PlatformLimits limits();

    /**
     * How a user of this platform types core's command {@code name} ({@code "status"}, {@code "help"}…), for the
     * help texts: {@code /status} by default; Slack answers with its slash command ({@code /ide status}).
     */
    default String commandForm(String name) {
        return "/" + name;
    }

    /**
     * Whether intermediate streaming edits are welcome right now. An adapter under flood control answers false,
     * and core then sends only the final text.
     */
    default boolean streamingEditsAllowed() {
        return limits().canEdit();
    }
}
