package dev.ide.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.WebSocketListener;

/**
 * A loopback Slack Web API for tests: answers the methods the adapter uses (auth.test, chat.postMessage,
 * chat.update, apps.connections.open, response_url posts), records every call with its form fields, and can be
 * told to fail the next calls of a method (429 with Retry-After, 5xx…). Socket Mode's WebSocket is served at
 * {@code /socket} by a listener the test provides.
 */
final class FakeSlackApi implements AutoCloseable {

    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request: the method (or "respond" for a response_url post), its fields, when it came, and the ts the fake
     * gave a posted message.
     */
    record Call(String method, Map<String, String> fields, JsonNode json, Instant at, String postedTs) {

        String text() {
            return json != null ? json.path("text").asText() : fields.getOrDefault("text", "");
        }

        String channel() {
            return fields.get("channel");
        }

        String threadTs() {
            return fields.get("thread_ts");
        }

        String ts() {
            return fields.get("ts");
        }

        /** The blocks sent with the message, or an empty array. */
        JsonNode blocks() {
            try {
                return JSON.readTree(fields.getOrDefault("blocks", "[]"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<MockResponse>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger ts = new AtomicInteger(1000);
    private final AtomicReference<WebSocketListener> socket = new AtomicReference<>();

    FakeSlackApi start() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        });
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The Web API root for {@code SLACK_API_URL}. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api/";
    }

    /** A response_url Slack would put into a slash command. */
    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getPort() + "/respond/" + id;
    }

    /** Serves the Socket Mode WebSocket with this listener. */
    void socketMode(WebSocketListener listener) {
        socket.set(listener);
    }

    /** The next call of the method gets this answer instead of the normal one. */
    void failNext(String method, MockResponse response) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(response);
    }

    static MockResponse rateLimited(int retryAfterSeconds) {
        return new MockResponse.Builder().code(429).setHeader("Retry-After", String.valueOf(retryAfterSeconds))
                .setHeader("Content-Type", "application/json").body("{\"ok\":false,\"error\":\"ratelimited\"}")
                .build();
    }

    static MockResponse serverError() {
        return new MockResponse.Builder().code(503).body("unavailable").build();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** What users saw: the posted messages and slash command answers, in order. */
    List<Call> posts() {
        return calls.stream().filter(c -> c.postedTs() != null || c.method().equals("respond")).toList();
    }

    private MockResponse handle(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/socket")) {
            return new MockResponse.Builder().webSocketUpgrade(socket.get()).build();
        }
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        String method = path.startsWith("/respond/") ? "respond" : path.substring(path.lastIndexOf('/') + 1);
        JsonNode json = null;
        Map<String, String> fields = Map.of();
        if (method.equals("respond")) {
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            fields = form(body);
        }
        Queue<MockResponse> failing = failures.get(method);
        MockResponse failure = failing == null ? null : failing.poll();
        String posted = failure == null && method.equals("chat.postMessage") ? ts.incrementAndGet() + ".000100"
                : null;
        calls.add(new Call(method, fields, json, Instant.now(), posted));
        if (failure != null) {
            return failure;
        }
        return switch (method) {
            case "auth.test" -> ok("{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"test\","
                    + "\"user\":\"ide\",\"team_id\":\"T1\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\""
                    + BOT_ID + "\"}");
            case "chat.postMessage" -> ok("{\"ok\":true,\"channel\":\"" + fields.get("channel") + "\",\"ts\":\""
                    + posted + "\"}");
            case "chat.update" -> ok("{\"ok\":true,\"channel\":\"" + fields.get("channel") + "\",\"ts\":\""
                    + fields.get("ts") + "\"}");
            case "apps.connections.open" -> ok("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + server.getPort()
                    + "/socket\"}");
            case "respond" -> new MockResponse.Builder().code(200).body("ok").build();
            default -> ok("{\"ok\":false,\"error\":\"unknown_method\"}");
        };
    }

    private static MockResponse ok(String json) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(json)
                .build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return out;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }

    @Override
    public void close() {
        server.close();
    }
}
