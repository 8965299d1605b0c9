package dev.ide.core.dispatch;

import dev.ide.core.jobs.CancelToken;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.ReplyChannel;

/** One job being answered: the message (with its cleaned text), where to reply, and its cancel token. */
public record DispatchContext(IncomingMessage message, String text, ReplyChannel channel, CancelToken token) {
}
