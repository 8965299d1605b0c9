package dev.ide.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * One platform-neutral message, as an adapter normalizes it (product §1.1).
 *
 * @param platform      where it came from
 * @param chatId        the conversation on that platform
 * @param userId        the sender's platform user id (checked against the allowlist)
 * @param displayName   the sender's name, for logs only
 * @param text          what the user wrote; empty for a button press
 * @param messageId     the platform's id of this message/update/event, used to drop retries; null when the
 *                      platform has none (the console)
 * @param receivedAt    when the platform says it was sent
 * @param chatKind      private chat or group
 * @param threadId      where a reply belongs inside the chat (a Slack thread), or null
 * @param callbackData  for a button press, the button's data; otherwise null
 * @param buttonMessageId for a button press, the id of the message that carried the button; otherwise null
 */
public record IncomingMessage(
        Platform platform,
        String chatId,
        String userId,
        String displayName,
        String text,
        String messageId,
        Instant receivedAt,
        ChatKind chatKind,
        String threadId,
        String callbackData,
        String buttonMessageId) {

    public IncomingMessage {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(chatKind, "chatKind");
        text = text == null ? "" : text;
        displayName = displayName == null ? "" : displayName;
    }

    /** A plain text message. */
    public static IncomingMessage text(Platform platform, String chatId, String userId, String displayName,
                                       String text, String messageId, Instant receivedAt, ChatKind kind) {
        return new IncomingMessage(platform, chatId, userId, displayName, text, messageId, receivedAt, kind,
                null, null, null);
    }

    /** A press of one of our buttons. */
    public static IncomingMessage buttonPress(Platform platform, String chatId, String userId, String displayName,
                                              String callbackData, String pressId, String buttonMessageId,
                                              Instant receivedAt, ChatKind kind) {
        return new IncomingMessage(platform, chatId, userId, displayName, "", pressId, receivedAt, kind,
                null, callbackData, buttonMessageId);
    }

    public IncomingMessage withThread(String thread) {
        return new IncomingMessage(platform, chatId, userId, displayName, text, messageId, receivedAt, chatKind,
                thread, callbackData, buttonMessageId);
    }

    public ConversationKey conversation() {
        return new ConversationKey(platform, chatId);
    }

    public boolean isButtonPress() {
        return callbackData != null;
    }

    public boolean isPrivate() {
        return chatKind == ChatKind.PRIVATE;
    }
}
