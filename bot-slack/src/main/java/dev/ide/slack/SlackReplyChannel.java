package dev.ide.slack;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies in one Slack channel, in a thread when {@code threadTs} is set (mentions are answered in their thread).
 * A message Slack finally refused still yields a handle, so that core's later edits fail quietly instead of
 * throwing.
 */
final class SlackReplyChannel implements ReplyChannel {

    private static final Logger log = LoggerFactory.getLogger(SlackReplyChannel.class);
    /** The handle of a message that could not be posted; edits of it are declined. */
    static final String NOT_SENT = "";

    private final SlackWebApi api;
    private final String channel;
    private final String threadTs;
    private final String slashCommand;

    SlackReplyChannel(SlackWebApi api, String channel, String threadTs, String slashCommand) {
        this.api = api;
        this.channel = channel;
        this.threadTs = threadTs;
        this.slashCommand = slashCommand;
    }

    @Override
    public SentMessage send(String text) {
        return send(text, List.of());
    }

    @Override
    public SentMessage send(String text, List<Button> buttons) {
        return new SentMessage(api.post(channel, threadTs, text, buttons).orElseGet(() -> {
            log.warn("a reply to Slack channel {} was lost", channel);
            return NOT_SENT;
        }));
    }

    @Override
    public boolean edit(SentMessage message, String text) {
        return !NOT_SENT.equals(message.id()) && api.update(channel, message.id(), text);
    }

    /** Slack offers bots no typing indicator outside the legacy RTM API. */
    @Override
    public void typing() {
    }

    @Override
    public PlatformLimits limits() {
        return PlatformLimits.SLACK;
    }

    @Override
    public boolean streamingEditsAllowed() {
        return api.editsAllowed(channel);
    }

    /** Slack keeps {@code /status} and friends for itself: the bot's commands live under its slash command. */
    @Override
    public String commandForm(String name) {
        return slashCommand + " " + name;
    }
}
