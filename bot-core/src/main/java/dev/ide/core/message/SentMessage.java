package dev.ide.core.message;

/** A handle to a message the bot sent, so that it can be edited later. The id is the platform's. */
public record SentMessage(String id) {
}
