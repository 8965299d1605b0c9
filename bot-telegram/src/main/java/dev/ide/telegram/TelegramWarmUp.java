package dev.ide.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

/**
 * Builds, off the hot path, what the first message would otherwise pay for: Jackson's (de)serializers for updates,
 * messages and the methods the bot sends (the library builds them on first use, reflectively, for a large type
 * graph) and the byte code behind them. Runs once at start, in the background, while the first long poll waits;
 * nothing is sent anywhere. Without it the first answer after a start took about half a second longer.
 */
final class TelegramWarmUp {

    private static final Logger log = LoggerFactory.getLogger(TelegramWarmUp.class);

    private static final String MESSAGE = """
            {"message_id":1,"date":1764200000,"text":"/start 안녕","entities":[{"type":"bot_command","offset":0,\
            "length":6}],"chat":{"id":1,"type":"private","first_name":"이드"},"from":{"id":1,"is_bot":false,\
            "first_name":"이드","username":"ide","language_code":"ko"},"message_thread_id":1,\
            "reply_to_message":{"message_id":2,"date":1764200000,"chat":{"id":1,"type":"group","title":"t"}}}""";
    private static final String UPDATES = "{\"ok\":true,\"result\":[{\"update_id\":1,\"message\":" + MESSAGE
            + "},{\"update_id\":2,\"callback_query\":{\"id\":\"1\",\"from\":{\"id\":1,\"is_bot\":false,"
            + "\"first_name\":\"이드\"},\"chat_instance\":\"1\",\"data\":\"draft:confirm:1\",\"message\":" + MESSAGE
            + "}}]}";

    private TelegramWarmUp() {
    }

    /** Starts the warm-up on the executor; failures only cost the speed-up. */
    static void start(ExecutorService executor, ObjectMapper requestJson) {
        executor.execute(() -> {
            try {
                new GetUpdates().deserializeResponse(UPDATES);
                SendMessage send = SendMessage.builder().chatId("1").text("안녕").build();
                send.deserializeResponse("{\"ok\":true,\"result\":" + MESSAGE + "}");
                requestJson.writeValueAsString(send);
                EditMessageText edit = EditMessageText.builder().chatId("1").messageId(1).text("안녕").build();
                requestJson.writeValueAsString(edit);
                requestJson.writeValueAsString(SendChatAction.builder().chatId("1").action(ActionType.TYPING.toString())
                        .build());
            } catch (Exception | LinkageError e) {
                log.debug("Telegram warm-up skipped: {}", e.toString());
            }
        });
    }
}
