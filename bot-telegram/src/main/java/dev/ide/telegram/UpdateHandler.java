package dev.ide.telegram;

import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.pipeline.Allowlist;
import dev.ide.core.reply.Replies;
import dev.ide.core.text.Msg;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns one Telegram update into a core message and hands it to the {@link Inbox}; decisions stay in core. Runs on
 * the polling thread (or a webhook request thread) and returns once core has persisted the message, so Telegram is
 * acknowledged only after that. Replies the adapter makes itself (the text-only notice, answering a callback) go to
 * the {@code io} executor so polling never waits on them. Never throws: an exception would end the library's
 * polling task.
 */
final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    private final Inbox inbox;
    private final Allowlist allowlist;
    private final Supplier<BotIdentity> identity;
    private final Channels channels;
    private final ApiCaller api;
    private final Executor io;
    private final Clock clock;

    /** Builds the reply channel of a chat (and forum topic, or null). */
    @FunctionalInterface
    interface Channels {
        ReplyChannel forChat(String chatId, Integer threadId);
    }

    UpdateHandler(Inbox inbox, Allowlist allowlist, Supplier<BotIdentity> identity, Channels channels, ApiCaller api,
                  Executor io, Clock clock) {
        this.inbox = inbox;
        this.allowlist = allowlist;
        this.identity = identity;
        this.channels = channels;
        this.api = api;
        this.io = io;
        this.clock = clock;
    }

    void handle(org.telegram.telegrambots.meta.api.objects.Update update) {
        try {
            if (update.hasMessage()) {
                message(update.getUpdateId(), update.getMessage());
            } else if (update.hasCallbackQuery()) {
                callback(update.getCallbackQuery());
            }
            // Edited messages, channel posts, reactions…: nothing for an assistant to answer.
        } catch (RuntimeException e) {
            log.error("Telegram update {} could not be handled", update.getUpdateId(), e);
        }
    }

    private void message(int updateId, Message m) {
        User from = m.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return; // never answer bots, ourselves included
        }
        boolean isPrivate = Boolean.TRUE.equals(m.getChat().isUserChat());
        BotIdentity bot = identity.get();
        if (!isPrivate && !Addressing.addressedInGroup(m, bot)) {
            return;
        }
        String chatId = String.valueOf(m.getChatId());
        Integer thread = m.isTopicMessage() ? m.getMessageThreadId() : null;
        ReplyChannel channel = channels.forChat(chatId, thread);
        String userId = String.valueOf(from.getId());
        ChatKind kind = isPrivate ? ChatKind.PRIVATE : ChatKind.GROUP;
        Instant sent = m.getDate() == null ? clock.instant() : Instant.ofEpochSecond(m.getDate());
        String text = m.hasText() ? (isPrivate ? m.getText() : Addressing.withoutMention(m.getText(), bot)) : null;
        if (text == null && !hasUserContent(m)) {
            return; // service messages (members joined, pinned…)
        }
        IncomingMessage incoming = IncomingMessage.text(Platform.TELEGRAM, chatId, userId, name(from),
                text == null ? "" : text, "u" + updateId, sent, kind);
        if (thread != null) {
            incoming = incoming.withThread(String.valueOf(thread));
        }
        if (text == null && allowlist.allows(Platform.TELEGRAM, userId)) {
            io.execute(() -> Replies.send(channel, Msg.TEXT_ONLY.text()));
            return;
        }
        // Strangers' photos go to core too, which refuses them like any message from a stranger.
        accept(incoming, channel);
    }

    private void callback(CallbackQuery query) {
        MaybeInaccessibleMessage carrier = query.getMessage();
        if (carrier != null && query.getData() != null && query.getFrom() != null) {
            String chatId = String.valueOf(carrier.getChatId());
            boolean isPrivate = Boolean.TRUE.equals(carrier.getChat().isUserChat());
            Integer thread = carrier instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
            IncomingMessage press = IncomingMessage.buttonPress(Platform.TELEGRAM, chatId,
                    String.valueOf(query.getFrom().getId()), name(query.getFrom()), query.getData(),
                    "cb" + query.getId(), String.valueOf(carrier.getMessageId()), clock.instant(),
                    isPrivate ? ChatKind.PRIVATE : ChatKind.GROUP);
            if (thread != null) {
                press = press.withThread(String.valueOf(thread));
            }
            accept(press, channels.forChat(chatId, thread));
        }
        // Answered in every case, so the button's spinner stops; core shows what happened in the chat.
        io.execute(() -> api.call(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build(),
                ApiCaller.On429.WAIT_AND_RETRY));
    }

    private void accept(IncomingMessage message, ReplyChannel channel) {
        try {
            inbox.accept(message, channel);
        } catch (RuntimeException e) {
            // Not persisted, and Telegram will not deliver it again: tell the user rather than drop it silently.
            log.error("Telegram message {} of chat {} could not be accepted", message.messageId(), message.chatId(),
                    e);
            io.execute(() -> Replies.send(channel, Msg.INTERNAL_ERROR.text()));
        }
    }

    private static boolean hasUserContent(Message m) {
        return m.hasPhoto() || m.hasSticker() || m.hasVoice() || m.hasVideo() || m.hasDocument() || m.hasAudio()
                || m.hasAnimation() || m.hasVideoNote() || m.hasLocation() || m.hasContact() || m.hasPoll()
                || m.hasDice() || m.getVenue() != null;
    }

    private static String name(User user) {
        String name = user.getFirstName() == null ? "" : user.getFirstName();
        if (user.getLastName() != null) {
            name = name + " " + user.getLastName();
        }
        return user.getUserName() == null ? name : name + " (@" + user.getUserName() + ")";
    }
}
