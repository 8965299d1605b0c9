package dev.ide.telegram;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import dev.ide.core.reply.TextSplitter;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Core's reply port for one Telegram chat (and forum topic). Messages go out as plain text, without parse_mode,
 * so Telegram never refuses them for bad entities. Edits share the bot-wide {@link FloodControl}. "Typing" is kept
 * up by the bot-wide {@link TypingKeeper} from {@link #typing()} until this channel sends a message or the job
 * ends ({@link #jobEnded()}).
 */
final class TelegramReplyChannel implements ReplyChannel {

    private static final Logger log = LoggerFactory.getLogger(TelegramReplyChannel.class);

    /** A handle for a message that could not be sent: editing it is declined, so core sends anew. */
    private static final SentMessage NOT_SENT = new SentMessage("");

    private final String chatId;
    private final Integer threadId;
    private final ApiCaller api;
    private final FloodControl flood;
    private final TypingKeeper.Indicator typing;

    TelegramReplyChannel(String chatId, Integer threadId, ApiCaller api, FloodControl flood, TypingKeeper typing) {
        this.chatId = chatId;
        this.threadId = threadId;
        this.api = api;
        this.flood = flood;
        this.typing = typing.indicator(this::showTyping);
    }

    @Override
    public SentMessage send(String text) {
        return send(text, List.of());
    }

    @Override
    public SentMessage send(String text, List<Button> buttons) {
        // Core splits long answers already; this guards any caller that did not.
        typing.stop(); // a message is on its way; Telegram ends the indicator when it arrives
        List<String> parts = TextSplitter.split(visible(text), PlatformLimits.TELEGRAM.maxMessageLength());
        SentMessage last = NOT_SENT;
        for (int i = 0; i < parts.size(); i++) {
            boolean withButtons = i == parts.size() - 1 && !buttons.isEmpty();
            SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(parts.get(i))
                    .messageThreadId(threadId);
            if (withButtons) {
                message.replyMarkup(keyboard(buttons));
            }
            ApiCaller.Outcome<Message> outcome = api.call(message.build(), ApiCaller.On429.WAIT_AND_RETRY);
            last = outcome.ok() ? new SentMessage(String.valueOf(outcome.value().getMessageId())) : NOT_SENT;
        }
        return last;
    }

    @Override
    public boolean edit(SentMessage message, String text) {
        if (message == null || !message.id().matches("\\d{1,10}") || flood.penalized()) {
            return false; // not one of ours (never sent), or Telegram asked us to slow down
        }
        flood.spendEdit();
        EditMessageText edit = EditMessageText.builder().chatId(chatId).messageId(Integer.valueOf(message.id()))
                .text(visible(text)).build();
        ApiCaller.Outcome<Serializable> outcome = api.call(edit, ApiCaller.On429.GIVE_UP);
        if (outcome.ok()) {
            return true;
        }
        // Telegram refuses an edit to the text the message already has; the message shows the text, so it landed.
        return outcome.errorCode() == 400
                && outcome.description().toLowerCase(Locale.ROOT).contains("message is not modified");
    }

    /** Shows "typing" now and keeps it up until a message is sent or the job ends. */
    @Override
    public void typing() {
        showTyping();
        typing.keep();
    }

    /** The job that answers through this channel has ended: stop "typing" if no message stopped it. */
    void jobEnded() {
        typing.stop();
    }

    private void showTyping() {
        SendChatAction action = SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString())
                .messageThreadId(threadId).build();
        ApiCaller.Outcome<Boolean> outcome = api.call(action, ApiCaller.On429.GIVE_UP);
        if (!outcome.ok()) {
            log.debug("typing indicator not shown in chat {}: {}", chatId, outcome.description());
        }
    }

    @Override
    public PlatformLimits limits() {
        return PlatformLimits.TELEGRAM;
    }

    @Override
    public boolean streamingEditsAllowed() {
        return flood.streamingAllowed();
    }

    /** Telegram refuses empty text; an answer that is only whitespace still needs a visible message. */
    private static String visible(String text) {
        return text == null || text.isBlank() ? "…" : text;
    }

    private static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Button b : buttons) {
            row.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.callbackData()).build());
        }
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }
}
