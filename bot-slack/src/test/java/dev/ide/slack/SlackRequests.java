package dev.ide.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the requests Slack sends to an HTTP-mode app — Events API callbacks, slash commands, block actions — and
 * signs them the way Slack does (v0 HMAC-SHA256 over {@code v0:timestamp:body}).
 */
final class SlackRequests {

    static final String SECRET = "test-signing-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    SlackRequests(int port) {
        this.port = port;
    }

    /** A response: status and body. */
    record Reply(int status, String body) {
    }

    // --- payloads

    static String directMessage(String eventId, String user, String channel, String text) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("channel", channel)
                .put("user", user).put("text", text).put("ts", "1700000000.000100")
                .put("event_ts", "1700000000.000100").put("channel_type", "im");
        return callback(eventId, event);
    }

    static String botMessage(String eventId, String channel, String text) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("channel", channel)
                .put("user", FakeSlackApi.BOT_USER).put("bot_id", FakeSlackApi.BOT_ID).put("text", text)
                .put("ts", "1700000001.000100").put("event_ts", "1700000001.000100").put("channel_type", "im");
        return callback(eventId, event);
    }

    static String editedMessage(String eventId, String user, String channel, String text) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("subtype", "message_changed")
                .put("channel", channel).put("ts", "1700000002.000100").put("event_ts", "1700000002.000100")
                .put("channel_type", "im");
        event.putObject("message").put("type", "message").put("user", user).put("text", text)
                .put("ts", "1700000000.000100");
        return callback(eventId, event);
    }

    static String mention(String eventId, String user, String channel, String ts, String text) {
        ObjectNode event = JSON.createObjectNode().put("type", "app_mention").put("channel", channel)
                .put("user", user).put("text", text).put("ts", ts).put("event_ts", ts);
        return callback(eventId, event);
    }

    private static String callback(String eventId, ObjectNode event) {
        ObjectNode root = JSON.createObjectNode().put("token", "legacy").put("team_id", "T1")
                .put("api_app_id", "A1").put("type", "event_callback").put("event_id", eventId)
                .put("event_time", 1700000000);
        root.set("event", event);
        return root.toString();
    }

    static String slashCommand(String command, String text, String user, String channel, String responseUrl,
                               String triggerId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy");
        f.put("team_id", "T1");
        f.put("channel_id", channel);
        f.put("channel_name", "directmessage");
        f.put("user_id", user);
        f.put("user_name", "owner");
        f.put("command", command);
        f.put("text", text);
        f.put("api_app_id", "A1");
        f.put("response_url", responseUrl);
        f.put("trigger_id", triggerId);
        return form(f);
    }

    static String buttonPress(String user, String channel, String messageTs, String actionId, String value,
                              String triggerId) {
        ObjectNode root = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A1")
                .put("token", "legacy").put("trigger_id", triggerId);
        root.putObject("user").put("id", user).put("username", "owner").put("team_id", "T1");
        root.putObject("team").put("id", "T1").put("domain", "test");
        root.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channel).put("is_ephemeral", false);
        root.putObject("channel").put("id", channel).put("name", "directmessage");
        root.putObject("message").put("type", "message").put("ts", messageTs).put("text", "draft");
        root.putArray("actions").addObject().put("action_id", actionId).put("block_id", "b1")
                .put("type", "button").put("value", value).put("action_ts", "1700000100.000200");
        return form(Map.of("payload", root.toString()));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    // --- sending

    /** Posts a body signed now with the app's secret. */
    Reply post(String body, Map<String, String> extraHeaders) {
        return post(body, SECRET, Instant.now(), extraHeaders);
    }

    Reply post(String body) {
        return post(body, Map.of());
    }

    Reply post(String body, String secret, Instant timestamp, Map<String, String> extraHeaders) {
        String ts = String.valueOf(timestamp.getEpochSecond());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", body.startsWith("{") ? "application/json"
                        : "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", sign(secret, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        extraHeaders.forEach(b::header);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
