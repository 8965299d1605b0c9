package dev.ide.core.message;

import java.util.Objects;

/** One conversation: a chat on a platform. History, drafts and job order are kept per key. */
public record ConversationKey(Platform platform, String chatId) {

    public ConversationKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
    }

    /** The stable text form used in stores, e.g. {@code telegram:12345}. */
    public String asString() {
        return platform.id() + ":" + chatId;
    }

    public static ConversationKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a conversation key: " + text);
        }
        return new ConversationKey(Platform.fromId(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return asString();
    }
}
