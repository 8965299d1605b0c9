package dev.ide.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.pipeline.Acceptance;
import dev.ide.core.reply.Replies;
import dev.ide.core.text.Msg;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates the Slack events this app subscribes to into core messages: direct messages, mentions in channels,
 * the slash command and presses of our buttons. Each handler only hands the message to the inbox (which persists
 * it) and then acknowledges, well within Slack's three seconds; the answer follows through a reply channel.
 * Anything else — bot messages (our own included), edits, deletions, other subtypes — is acknowledged and dropped.
 *
 * <p>When the inbox cannot take a message (it throws, e.g. the database is down): an event is left unacknowledged
 * (HTTP 500, or no Socket Mode ack), so Slack delivers it again (three retries over a few minutes) and a retry
 * finds it new; on Slack's last retry the event is acknowledged and the user asked politely to send it again.
 * Slash commands and button presses are never retried by Slack: they are acknowledged at once with that request.
 */
final class SlackListeners {

    private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);

    private final Inbox inbox;
    private final SlackWebApi api;
    private final String command;
    /** Slack retries an unacknowledged event three times; X-Slack-Retry-Num counts them. */
    static final int LAST_RETRY = 3;

    private final Clock clock;
    private final Executor replies;

    SlackListeners(Inbox inbox, SlackWebApi api, String command, Clock clock, Executor replies) {
        this.inbox = inbox;
        this.api = api;
        this.command = command;
        this.clock = clock;
        this.replies = replies;
    }

    void register(App app) {
        app.event(MessageEvent.class, this::onDirectMessage);
        app.event(AppMentionEvent.class, this::onMention);
        app.command(command, (req, ctx) -> onCommand(req.getPayload(), ctx));
        app.blockAction(Pattern.compile(Pattern.quote(SlackWebApi.ACTION_PREFIX) + "\\d+"),
                (req, ctx) -> onButton(req.getPayload(), ctx));
    }

    /** {@code message.im}: every plain message in a DM with the bot. Subtyped messages never reach here. */
    private Response onDirectMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        if (!"im".equals(e.getChannelType()) || fromBot(e.getUser(), e.getBotId(), ctx) || e.getEdited() != null) {
            return ctx.ack();
        }
        // A reply inside a DM thread stays in that thread; a top-level DM is answered top-level.
        IncomingMessage message = IncomingMessage.text(Platform.SLACK, e.getChannel(), e.getUser(), e.getUser(),
                SlackText.fromSlack(e.getText(), ctx.getBotUserId()), payload.getEventId(), instant(e.getTs()),
                ChatKind.PRIVATE).withThread(e.getThreadTs());
        return deliver(message, new SlackReplyChannel(api, e.getChannel(), e.getThreadTs(), command), ctx,
                Msg.MESSAGE_NOT_TAKEN, slackRetriesAgain(ctx));
    }

    /** {@code app_mention} in a channel: answered in the mention's thread (a new one when it was top-level). */
    private Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        if (fromBot(e.getUser(), e.getBotId(), ctx) || e.getSubtype() != null || e.getEdited() != null
                || isDirect(e.getChannel())) {
            // Mentions inside a DM also arrive as message.im; answering both would answer twice.
            return ctx.ack();
        }
        String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
        IncomingMessage message = IncomingMessage.text(Platform.SLACK, e.getChannel(), e.getUser(), e.getUser(),
                SlackText.fromSlack(e.getText(), ctx.getBotUserId()), payload.getEventId(), instant(e.getTs()),
                ChatKind.GROUP).withThread(thread);
        return deliver(message, new SlackReplyChannel(api, e.getChannel(), thread, command), ctx,
                Msg.MESSAGE_NOT_TAKEN, slackRetriesAgain(ctx));
    }

    /** {@code /ide status|reset|cancel|help}: core's commands, since Slack keeps {@code /status} for itself. */
    private Response onCommand(SlashCommandPayload p, SlashCommandContext ctx) {
        var coreCommand = SlashCommandText.toCoreCommand(p.getText());
        if (coreCommand.isEmpty()) {
            return ctx.ack(SlackText.escape(Msg.SLACK_COMMAND_USAGE.format(command)));
        }
        IncomingMessage message = IncomingMessage.text(Platform.SLACK, p.getChannelId(), p.getUserId(),
                p.getUserName(), coreCommand.get(), "command:" + uniqueId(p.getTriggerId()), clock.instant(),
                isDirect(p.getChannelId()) ? ChatKind.PRIVATE : ChatKind.GROUP);
        try {
            inbox.accept(message, new CommandReplyChannel(api, p.getResponseUrl(), command));
        } catch (RuntimeException e) {
            // Slack never sends a command again: answer it with the acknowledgement, only to the user who typed it.
            log.error("slack {} of {} could not be handed to core; the user is asked to send it again",
                    message.messageId(), message.chatId(), e);
            return ctx.ack(SlackText.escape(Msg.MESSAGE_NOT_TAKEN.text()));
        }
        return ctx.ack();
    }

    /** A press of 확인 / 취소: core confirms or discards the draft and edits the message that held the buttons. */
    private Response onButton(BlockActionPayload p, Context ctx) {
        if (p.getChannel() == null || p.getActions() == null || p.getActions().isEmpty()) {
            return ctx.ack();
        }
        BlockActionPayload.Action action = p.getActions().get(0);
        String channel = p.getChannel().getId();
        String messageTs = p.getContainer() != null && p.getContainer().getMessageTs() != null
                ? p.getContainer().getMessageTs() : p.getMessage() == null ? null : p.getMessage().getTs();
        String thread = p.getMessage() == null ? null : p.getMessage().getThreadTs();
        String pressId = "press:" + uniqueId(p.getTriggerId() != null ? p.getTriggerId() : action.getActionTs());
        IncomingMessage message = IncomingMessage.buttonPress(Platform.SLACK, channel, p.getUser().getId(),
                p.getUser().getUsername(), action.getValue(), pressId, messageTs,
                action.getActionTs() == null ? clock.instant() : instant(action.getActionTs()),
                isDirect(channel) ? ChatKind.PRIVATE : ChatKind.GROUP).withThread(thread);
        return deliver(message, new SlackReplyChannel(api, channel, thread, command), ctx, Msg.PRESS_NOT_TAKEN,
                false);
    }

    /**
     * Hands the message over, then acknowledges. If persisting fails and {@code slackRetries}, the exception
     * propagates: Slack gets no acknowledgement and delivers the event again, so a message Slack considers delivered
     * is never lost. Otherwise the request is acknowledged and the user told {@code notTaken}.
     */
    private Response deliver(IncomingMessage message, ReplyChannel channel, Context ctx, Msg notTaken,
                             boolean slackRetries) {
        Acceptance acceptance;
        try {
            acceptance = inbox.accept(message, channel);
        } catch (RuntimeException e) {
            if (slackRetries) {
                log.warn("slack {} of {} could not be handed to core ({}); not acknowledged, so Slack sends it again",
                        message.messageId(), message.chatId(), e.toString());
                throw e;
            }
            log.error("slack {} of {} could not be handed to core; the user is asked to send it again",
                    message.messageId(), message.chatId(), e);
            replies.execute(() -> Replies.send(channel, notTaken.text()));
            return ctx.ack();
        }
        log.debug("slack {} from {} in {}: {}", message.messageId(), message.userId(), message.chatId(),
                acceptance.status());
        return ctx.ack();
    }

    /** Whether Slack delivers this event again if it is not acknowledged (it retries three times). */
    private static boolean slackRetriesAgain(EventContext ctx) {
        return ctx.getRetryNum() == null || ctx.getRetryNum() < LAST_RETRY;
    }

    /** The bot itself (by user id) or any bot or app (bot_id): never answered, so bots cannot loop. */
    private static boolean fromBot(String user, String botId, Context ctx) {
        return botId != null || user == null || user.equals(ctx.getBotUserId());
    }

    /** Slack's own id of a command or press (never retried by Slack); a random one if Slack sent none. */
    private static String uniqueId(String slackId) {
        return slackId == null || slackId.isBlank() ? UUID.randomUUID().toString() : slackId;
    }

    /** Slack's DM channel ids start with D. */
    static boolean isDirect(String channel) {
        return channel != null && channel.startsWith("D");
    }

    /** A Slack ts ("1700000000.123456") is seconds since the epoch. */
    static Instant instant(String ts) {
        try {
            BigDecimal seconds = new BigDecimal(ts);
            long whole = seconds.longValue();
            int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
            return Instant.ofEpochSecond(whole, nanos);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }
}
