package dev.ide.slack;

import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.pipeline.Acceptance;

/** Where the adapter hands every incoming Slack event; in the app this is {@code pipeline::accept}. */
@FunctionalInterface
public interface Inbox {

    /** Persists the message (or refuses / drops it) and returns quickly; the answer comes through the channel. */
    Acceptance accept(IncomingMessage message, ReplyChannel channel);
}
