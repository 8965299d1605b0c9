package dev.ide.telegram;

import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.pipeline.Acceptance;
import dev.ide.core.pipeline.Allowlist;
import dev.ide.core.reply.Replies;
import dev.ide.core.text.Msg;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
 *
 * <p>When core cannot take a message (the inbox throws, e.g. the database is down), {@link #handle} answers
 * false: the caller does not confirm the update, so Telegram delivers it again. After {@link #ATTEMPTS} failed
 * attempts of the same update it gives up — the user is asked politely to send it again — and answers true, so
 * that one bad update never blocks the chat for good.
 */
final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    /** Attempts to hand one update to core before giving up on it. */
    static final int ATTEMPTS = 5;
    /** Updates that failed lately, by id, with their failed attempts; bounded, oldest forgotten first. */
    private final Map<Integer, Integer> failures = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
            return size() > 100;
        }
    };

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
        TelegramReplyChannel forChat(String chatId, Integer threadId);
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

    /**
     * Handles one update.
     *
     * @return true when the update is done with (taken by core, deliberately ignored, or given up on); false when
     *         core could not take it yet and Telegram should deliver it again
     */
    boolean handle(org.telegram.telegrambots.meta.api.objects.Update update) {
        try {
            if (update.hasMessage()) {
                return message(update.getUpdateId(), update.getMessage());
            } else if (update.hasCallbackQuery()) {
                return callback(update.getUpdateId(), update.getCallbackQuery());
            }
            // Edited messages, channel posts, reactions…: nothing for an assistant to answer.
        } catch (RuntimeException e) {
            log.error("Telegram update {} could not be handled", update.getUpdateId(), e);
        }
        return true;
    }

    private boolean message(int updateId, Message m) {
        User from = m.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return true; // never answer bots, ourselves included
        }
        boolean isPrivate = Boolean.TRUE.equals(m.getChat().isUserChat());
        BotIdentity bot = identity.get();
        if (!isPrivate && !Addressing.addressedInGroup(m, bot)) {
            return true;
        }
        String chatId = String.valueOf(m.getChatId());
        Integer thread = m.isTopicMessage() ? m.getMessageThreadId() : null;
        TelegramReplyChannel channel = channels.forChat(chatId, thread);
        String userId = String.valueOf(from.getId());
        ChatKind kind = isPrivate ? ChatKind.PRIVATE : ChatKind.GROUP;
        Instant sent = m.getDate() == null ? clock.instant() : Instant.ofEpochSecond(m.getDate());
        String text = m.hasText() ? (isPrivate ? m.getText() : Addressing.withoutMention(m.getText(), bot)) : null;
        if (text == null && !hasUserContent(m)) {
            return true; // service messages (members joined, pinned…)
        }
        IncomingMessage incoming = IncomingMessage.text(Platform.TELEGRAM, chatId, userId, name(from),
                text == null ? "" : text, "u" + updateId, sent, kind);
        if (thread != null) {
            incoming = incoming.withThread(String.valueOf(thread));
        }
        if (text == null && allowlist.allows(Platform.TELEGRAM, userId)) {
            io.execute(() -> Replies.send(channel, Msg.TEXT_ONLY.text()));
            return true;
        }
        // Strangers' photos go to core too, which refuses them like any message from a stranger.
        return accept(updateId, incoming, channel, Msg.MESSAGE_NOT_TAKEN);
    }

    private boolean callback(int updateId, CallbackQuery query) {
        MaybeInaccessibleMessage carrier = query.getMessage();
        boolean taken = true;
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
            taken = accept(updateId, press, channels.forChat(chatId, thread), Msg.PRESS_NOT_TAKEN);
        }
        if (taken) {
            // Answered in every case, so the button's spinner stops; core shows what happened in the chat. A press
            // that will be delivered again is answered then.
            io.execute(() -> api.call(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build(),
                    ApiCaller.On429.WAIT_AND_RETRY));
        }
        return taken;
    }

    /**
     * Hands the message to core. Once it is taken, the chat's typing indicator is kept up until the job ends.
     *
     * @return false when core could not take it and the update should be delivered again
     */
    private boolean accept(int updateId, IncomingMessage message, TelegramReplyChannel channel, Msg notTaken) {
        Acceptance acceptance;
        try {
            acceptance = inbox.accept(message, channel);
        } catch (RuntimeException e) {
            int failed;
            synchronized (failures) {
                failed = failures.merge(updateId, 1, Integer::sum);
                if (failed >= ATTEMPTS) {
                    failures.remove(updateId);
                }
            }
            if (failed < ATTEMPTS) {
                log.warn("Telegram update {} of chat {} could not be handed to core (attempt {} of {}); it is not "
                        + "confirmed, so Telegram delivers it again", updateId, message.chatId(), failed, ATTEMPTS, e);
                return false;
            }
            // Telegram would deliver it forever and block the chats behind it: tell the user instead.
            log.error("Telegram update {} of chat {} could not be handed to core after {} attempts; the user is "
                    + "asked to send it again", updateId, message.chatId(), ATTEMPTS, e);
            io.execute(() -> Replies.send(channel, notTaken.text()));
            return true;
        }
        synchronized (failures) {
            failures.remove(updateId);
        }
        if (acceptance != null && acceptance.accepted()) {
            acceptance.done().whenComplete((done, error) -> channel.jobEnded());
        }
        return true;
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
