package dev.ide.slack;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a slash command through its response_url: it works in every channel (the bot need not be a member) and
 * only the user who typed the command sees the answer. Such answers cannot be edited.
 */
final class CommandReplyChannel implements ReplyChannel {

    private static final Logger log = LoggerFactory.getLogger(CommandReplyChannel.class);

    private final SlackWebApi api;
    private final String responseUrl;
    private final String slashCommand;

    CommandReplyChannel(SlackWebApi api, String responseUrl, String slashCommand) {
        this.api = api;
        this.responseUrl = responseUrl;
        this.slashCommand = slashCommand;
    }

    @Override
    public SentMessage send(String text) {
        if (!api.respond(responseUrl, text)) {
            log.warn("a slash command answer was lost");
        }
        return new SentMessage(SlackReplyChannel.NOT_SENT);
    }

    /** Command answers carry no buttons; the text alone still says what to do. */
    @Override
    public SentMessage send(String text, List<Button> buttons) {
        return send(text);
    }

    @Override
    public boolean edit(SentMessage message, String text) {
        return false;
    }

    @Override
    public void typing() {
    }

    @Override
    public String commandForm(String name) {
        return slashCommand + " " + name;
    }

    @Override
    public PlatformLimits limits() {
        return new PlatformLimits(PlatformLimits.SLACK.maxMessageLength(), PlatformLimits.SLACK.minEditInterval(),
                false);
    }
}
