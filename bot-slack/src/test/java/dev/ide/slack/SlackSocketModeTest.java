package dev.ide.slack;

import dev.ide.core.testing.Await;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ide.core.message.Platform;
import dev.ide.core.testing.TestEngine;
import dev.ide.core.text.Msg;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against a loopback WebSocket that speaks Slack's envelope format: apps.connections.open hands out
 * its ws:// URL, the server says hello and pushes envelopes, and the bot must acknowledge each envelope id.
 */
class SlackSocketModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWNER = "U0OWNER";
    private static final String DM = "D0OWNER";

    private final List<String> fromBot = new CopyOnWriteArrayList<>();
    private final AtomicReference<WebSocket> socket = new AtomicReference<>();
    private TestEngine engine;
    private FakeSlackApi slack;
    private SlackBot bot;

    @BeforeEach
    void start() {
        engine = TestEngine.allowing(Platform.SLACK, OWNER);
        slack = new FakeSlackApi().start();
        slack.socketMode(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                socket.set(webSocket);
                webSocket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"test\"},"
                        + "\"connection_info\":{\"app_id\":\"A1\"}}");
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                fromBot.add(text);
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                webSocket.close(1000, null);
            }
        });
        SlackSettings settings = new SlackSettings("xoxb-test-token", "xapp-1-test-token", null, null, 0,
                slack.apiUrl(), null);
        bot = new SlackBot(settings, engine.pipeline()::accept, Clock.systemUTC(), d -> { });
        bot.start();
        Await.until("the WebSocket connection", () -> socket.get() != null);
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
        engine.close();
    }

    private static String envelope(String id, String type, String payload) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("envelope_id", id).put("type", type)
                .put("accepts_response_payload", !type.equals("events_api")).put("retry_attempt", 0)
                .put("retry_reason", "");
        root.set("payload", JSON.readTree(payload));
        return root.toString();
    }

    private boolean acknowledged(String envelopeId) {
        return fromBot.stream().anyMatch(m -> {
            try {
                JsonNode n = JSON.readTree(m);
                return n.path("envelope_id").asText().equals(envelopeId);
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void a_direct_message_pushed_over_the_socket_is_acknowledged_and_answered() throws IOException {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"소켓으로 왔어요\"}");

        socket.get().send(envelope("env-1", "events_api",
                SlackRequests.directMessage("EvS1", OWNER, DM, "안녕")));

        Await.until("the ack of env-1", () -> acknowledged("env-1"));
        Await.until("the answer", () -> slack.posts().size() == 1);
        assertThat(slack.posts().get(0).channel()).isEqualTo(DM);
        assertThat(slack.posts().get(0).text()).isEqualTo("소켓으로 왔어요");
    }

    @Test
    void a_slash_command_over_the_socket_is_answered_through_its_response_url() throws IOException {
        ObjectNode command = JSON.createObjectNode().put("token", "legacy").put("team_id", "T1")
                .put("channel_id", DM).put("channel_name", "directmessage").put("user_id", OWNER)
                .put("user_name", "owner").put("command", "/ide").put("text", "help").put("api_app_id", "A1")
                .put("response_url", slack.responseUrl("s1")).put("trigger_id", "trigger-s1");

        socket.get().send(envelope("env-2", "slash_commands", command.toString()));

        Await.until("the ack of env-2", () -> acknowledged("env-2"));
        Await.until("the help", () -> slack.calls("respond").size() == 1);
        assertThat(slack.calls("respond").get(0).text()).isEqualTo(Msg.help(c -> "/ide " + c));
    }

    @Test
    void a_bots_message_pushed_over_the_socket_is_acknowledged_and_ignored() throws IOException {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"네\"}");

        socket.get().send(envelope("env-3", "events_api", SlackRequests.botMessage("EvS3", DM, "네")));
        socket.get().send(envelope("env-4", "events_api",
                SlackRequests.directMessage("EvS4", OWNER, DM, "안녕")));

        Await.until("both acks", () -> acknowledged("env-3") && acknowledged("env-4"));
        Await.until("the answer to the person", () -> slack.posts().size() == 1);
        assertThat(engine.classifier().completionCount()).isEqualTo(1);
    }
}
