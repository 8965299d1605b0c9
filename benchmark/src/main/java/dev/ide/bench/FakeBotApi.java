package dev.ide.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback Telegram Bot API: getMe, setMyCommands, deleteWebhook, sendChatAction, sendMessage, editMessageText,
 * and getUpdates as a real long poll (held until an update is queued or the poll's timeout passes). Notes when the
 * first getUpdates arrives (the bot is ready) and when a sendMessage carrying a benchmark tag arrives.
 */
final class FakeBotApi implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final long USER = Long.parseLong(BotUnderTest.ALLOWED_TELEGRAM_USER);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<JsonNode> updates = new LinkedBlockingQueue<>();
    private final Map<Long, CompletableFuture<Long>> answers = new ConcurrentHashMap<>();
    private final AtomicInteger updateIds = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final AtomicLong firstPollAt = new AtomicLong();
    private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();

    FakeBotApi() throws IOException {
        this(0);
    }

    /** A fake whose update and message ids continue after {@code seenIds} (a restarted bot has seen those). */
    FakeBotApi(int seenIds) throws IOException {
        updateIds.set(seenIds);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Completes with System.nanoTime() of the first getUpdates. */
    CompletableFuture<Long> firstPoll() {
        return firstPoll;
    }

    /**
     * Makes a private message from the allowed user available to getUpdates; the future completes with
     * System.nanoTime() of the first sendMessage whose text carries the tag.
     */
    CompletableFuture<Long> deliver(String text, long tag) {
        CompletableFuture<Long> answered = new CompletableFuture<>();
        answers.put(tag, answered);
        int id = updateIds.incrementAndGet();
        ObjectNode update = JSON.createObjectNode().put("update_id", id);
        ObjectNode message = update.putObject("message");
        message.put("message_id", id).put("date", Instant.now().getEpochSecond()).put("text", text);
        message.putObject("chat").put("id", USER).put("type", "private").put("first_name", "bench");
        message.putObject("from").put("id", USER).put("is_bot", false).put("first_name", "bench");
        updates.add(update);
        return answered;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length > 0 && raw[0] == '{' ? JSON.readTree(raw) : JSON.createObjectNode();
            JsonNode result = switch (method) {
                case "getupdates" -> poll(body);
                case "getme" -> JSON.createObjectNode().put("id", 999).put("is_bot", true).put("first_name", "이드")
                        .put("username", "ide_bench_bot");
                case "sendmessage" -> {
                    long at = System.nanoTime();
                    long tag = InstantModel.lastTag(body.path("text").asText());
                    CompletableFuture<Long> waiting = tag >= 0 ? answers.remove(tag) : null;
                    if (waiting != null) {
                        waiting.complete(at);
                    }
                    yield message(body);
                }
                case "editmessagetext" -> message(body);
                default -> JSON.getNodeFactory().booleanNode(true);
            };
            ObjectNode root = JSON.createObjectNode().put("ok", true);
            root.set("result", result);
            byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private JsonNode poll(JsonNode request) {
        if (firstPollAt.compareAndSet(0, System.nanoTime())) {
            firstPoll.complete(firstPollAt.get());
        }
        ArrayNode result = JSON.createArrayNode();
        long offset = request.path("offset").asLong(0);
        int timeout = Math.max(0, Math.min(50, request.path("timeout").asInt(0)));
        try {
            JsonNode first = updates.poll(timeout, TimeUnit.SECONDS);
            while (first != null && first.path("update_id").asLong() < offset) {
                first = updates.poll(); // confirmed earlier: Telegram forgets it
            }
            if (first != null) {
                result.add(first);
                JsonNode more;
                while ((more = updates.poll()) != null) {
                    result.add(more);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result;
    }

    private ObjectNode message(JsonNode request) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", request.has("message_id") ? request.path("message_id").asInt()
                : messageIds.incrementAndGet());
        m.put("date", Instant.now().getEpochSecond());
        m.putObject("chat").put("id", Long.parseLong(request.path("chat_id").asText("0"))).put("type", "private");
        m.putObject("from").put("id", 999).put("is_bot", true).put("first_name", "이드");
        m.put("text", request.path("text").asText());
        return m;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
