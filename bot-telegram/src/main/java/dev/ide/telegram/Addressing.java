package dev.ide.telegram;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether a group message is meant for this bot — it mentions the bot, replies to one of its messages, or
 * is a command (not one addressed to another bot) — and removes the mention from the text core reads.
 */
final class Addressing {

    private Addressing() {
    }

    static boolean addressedInGroup(Message message, BotIdentity bot) {
        Message repliedTo = message.getReplyToMessage();
        if (repliedTo != null && repliedTo.getFrom() != null && bot.id() != 0
                && repliedTo.getFrom().getId() == bot.id()) {
            return true;
        }
        String text = message.hasText() ? message.getText() : message.getCaption();
        List<MessageEntity> entities = message.hasText() ? message.getEntities() : message.getCaptionEntities();
        return text != null && (mentions(text, entities, bot) || isCommandForUs(text, bot));
    }

    /** "/status" or "/status@thisbot"; not "/status@otherbot". */
    static boolean isCommandForUs(String text, BotIdentity bot) {
        String t = text.strip();
        if (!t.startsWith("/") || t.length() < 2 || !Character.isLetter(t.charAt(1))) {
            return false;
        }
        String word = t.split("\\s", 2)[0];
        int at = word.indexOf('@');
        return at < 0 || (bot.username() != null && word.substring(at + 1).equalsIgnoreCase(bot.username()));
    }

    static boolean mentions(String text, List<MessageEntity> entities, BotIdentity bot) {
        if (entities != null) {
            for (MessageEntity e : entities) {
                if ("text_mention".equals(e.getType()) && e.getUser() != null && bot.id() != 0
                        && e.getUser().getId() == bot.id()) {
                    return true;
                }
            }
        }
        return bot.username() != null && mentionPattern(bot.username()).matcher(text).find();
    }

    /** The text without "@thisbot", so that "@ide_bot 오늘 일정" reaches core as "오늘 일정". */
    static String withoutMention(String text, BotIdentity bot) {
        if (bot.username() == null) {
            return text;
        }
        String stripped = mentionPattern(bot.username()).matcher(text).replaceAll("$1");
        return stripped.replaceAll("[ \\t]{2,}", " ").strip();
    }

    private static Pattern mentionPattern(String username) {
        return Pattern.compile("(^|[^\\w@])@" + Pattern.quote(username.toLowerCase(Locale.ROOT)) + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }
}
