package dev.ide.telegram;

import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.pipeline.Acceptance;

/** Where the adapter hands every user event: core's pipeline, passed as {@code pipeline::accept}. */
@FunctionalInterface
public interface Inbox {

    /** Returns once the message is persisted (or refused, or a duplicate); the answer comes through the channel. */
    Acceptance accept(IncomingMessage message, ReplyChannel channel);
}
