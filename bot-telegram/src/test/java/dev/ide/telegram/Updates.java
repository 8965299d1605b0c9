package dev.ide.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Telegram updates as the Bot API sends them, for tests. */
final class Updates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Updates() {
    }

    static JsonNode privateText(int updateId, long userId, String text) {
        ObjectNode message = message(updateId, userId, userId, "private");
        message.put("text", text);
        return update(updateId, message);
    }

    static JsonNode groupText(int updateId, long chatId, long userId, String text) {
        ObjectNode message = message(updateId, chatId, userId, "supergroup");
        message.put("text", text);
        int at = text.indexOf("@" + FakeBotApi.BOT_USERNAME);
        if (at >= 0) {
            message.putArray("entities").addObject().put("type", "mention").put("offset", at)
                    .put("length", FakeBotApi.BOT_USERNAME.length() + 1);
        }
        return update(updateId, message);
    }

    static JsonNode groupReplyToBot(int updateId, long chatId, long userId, String text, int botMessageId) {
        ObjectNode message = message(updateId, chatId, userId, "supergroup");
        message.put("text", text);
        ObjectNode replied = message.putObject("reply_to_message");
        replied.put("message_id", botMessageId).put("date", Instant.now().getEpochSecond());
        replied.putObject("chat").put("id", chatId).put("type", "supergroup");
        replied.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "이드");
        replied.put("text", "이전 답변");
        return update(updateId, message);
    }

    static JsonNode privatePhoto(int updateId, long userId) {
        ObjectNode message = message(updateId, userId, userId, "private");
        message.putArray("photo").addObject().put("file_id", "AgAD").put("file_unique_id", "u1")
                .put("width", 90).put("height", 90);
        return update(updateId, message);
    }

    static JsonNode buttonPress(int updateId, String callbackId, long userId, long chatId, int messageId,
                                String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", callbackId).put("chat_instance", "ci").put("data", data);
        query.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "민수");
        ObjectNode message = query.putObject("message");
        message.put("message_id", messageId).put("date", Instant.now().getEpochSecond());
        message.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        message.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "이드");
        message.put("text", "이 일정을 만들까요?");
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        update.set("callback_query", query);
        return update;
    }

    private static ObjectNode message(int updateId, long chatId, long userId, String chatType) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", 1000 + updateId).put("date", Instant.now().getEpochSecond());
        ObjectNode chat = message.putObject("chat").put("id", chatId).put("type", chatType);
        if (!chatType.equals("private")) {
            chat.put("title", "가족 방");
        }
        message.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "민수");
        return message;
    }

    private static JsonNode update(int updateId, ObjectNode message) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        update.set("message", message);
        return update;
    }
}
