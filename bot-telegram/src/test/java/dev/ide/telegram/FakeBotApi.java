package dev.ide.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback Telegram Bot API for tests: answers the methods the adapter uses, serves getUpdates as Telegram does
 * (an update is served again until a getUpdates with a higher {@code offset} confirms it; the long poll is held
 * briefly when there is nothing), records every call, and can be told to fail the next call of a method with a
 * given answer (429, 5xx…).
 */
final class FakeBotApi implements AutoCloseable {

    static final long BOT_ID = 999;
    static final String BOT_USERNAME = "ide_bot";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request the fake received: the method (lower-case), its JSON body (or raw text), and when. */
    record Call(String method, JsonNode body, String raw, Instant at) {

        String text() {
            return body.path("text").asText();
        }

        String chatId() {
            return body.path("chat_id").asText();
        }
    }

    private final MockWebServer server = new MockWebServer();
    /** Updates not yet confirmed by an offset, in delivery order; guarded by itself. */
    private final List<JsonNode> pending = new ArrayList<>();
    private final List<Long> offsets = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<MockResponse>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private final String token;

    FakeBotApi(String token) {
        this.token = token;
    }

    FakeBotApi start() {
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

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** Queues an update for the next getUpdates. */
    void deliver(JsonNode update) {
        synchronized (pending) {
            pending.add(update);
            pending.notifyAll();
        }
    }

    /** The offset of every getUpdates so far (0 when it sent none). */
    List<Long> offsets() {
        return List.copyOf(offsets);
    }

    /** The next call of {@code method} gets this status and JSON body instead of success. */
    void failNext(String method, int code, String body) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>())
                .add(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                        .body(body).build());
    }

    /** The next getUpdates hangs for this long before answering "no updates", like a dead connection. */
    void stallNextGetUpdates(java.time.Duration stall) {
        failures.computeIfAbsent("getupdates", m -> new ConcurrentLinkedQueue<>())
                .add(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .headersDelay(stall.toMillis(), TimeUnit.MILLISECONDS)
                        .body("{\"ok\":true,\"result\":[]}").build());
    }

    void failNextWith429(String method, int retryAfterSeconds) {
        failNext(method, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Texts of sendMessage calls, in order. */
    List<String> sentTexts() {
        return calls("sendmessage").stream().map(Call::text).toList();
    }

    private MockResponse handle(RecordedRequest request) {
        List<String> segments = request.getUrl().pathSegments();
        if (segments.size() != 2 || !segments.get(0).equals("bot" + token)) {
            return new MockResponse.Builder().code(404)
                    .body("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}").build();
        }
        String method = segments.get(1).toLowerCase();
        String raw = request.getBody() == null ? "" : request.getBody().utf8();
        JsonNode body;
        try {
            body = raw.startsWith("{") ? JSON.readTree(raw) : JSON.createObjectNode();
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        if (!method.equals("getupdates")) {
            calls.add(new Call(method, body, raw, Instant.now()));
        }
        Queue<MockResponse> failing = failures.get(method);
        MockResponse failure = failing == null ? null : failing.poll();
        if (failure != null) {
            return failure;
        }
        return switch (method) {
            case "getupdates" -> ok(pollUpdates(body.path("offset").asLong(0)));
            case "getme" -> ok(JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "이드").put("username", BOT_USERNAME));
            case "sendmessage", "editmessagetext" -> ok(message(body));
            default -> ok(JSON.getNodeFactory().booleanNode(true));
        };
    }

    /**
     * Forgets the updates the offset confirms (ids below it), then serves the rest, waiting a little for one like a
     * long poll, so that the client does not spin.
     */
    private JsonNode pollUpdates(long offset) {
        offsets.add(offset);
        ArrayNode result = JSON.createArrayNode();
        synchronized (pending) {
            if (offset > 0) {
                pending.removeIf(u -> u.path("update_id").asLong() < offset);
            }
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
            try {
                while (pending.isEmpty() && System.nanoTime() < until) {
                    pending.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pending.forEach(result::add);
        }
        return result;
    }

    private ObjectNode message(JsonNode request) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", request.has("message_id") ? request.path("message_id").asInt()
                : messageIds.incrementAndGet());
        m.put("date", Instant.now().getEpochSecond());
        long chat = Long.parseLong(request.path("chat_id").asText("0"));
        m.putObject("chat").put("id", chat).put("type", chat > 0 ? "private" : "supergroup");
        m.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "이드");
        m.put("text", request.path("text").asText());
        return m;
    }

    private static MockResponse ok(JsonNode result) {
        ObjectNode root = JSON.createObjectNode().put("ok", true);
        root.set("result", result);
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(root.toString()).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
