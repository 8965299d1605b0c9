package dev.ide.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lean loopback OpenAI-compatible model that answers at once: {@code GET /v1/models}, {@code GET /status}
 * (optional), {@code POST /v1/chat/completions} whole or streamed. It measures the time each request spends inside
 * it and books it to the benchmark message whose tag ({@code #b<number>}) the request carries last, so that the
 * bot's own cost is what remains. Counts every request by kind.
 */
final class InstantModel implements AutoCloseable {

    static {
        // The JDK server otherwise waits for delayed ACKs (Nagle) on small replies: ~40 ms of false latency.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("#b(\\d+)");

    /** What one completion request asked: the last user turn and whether it streams. */
    record Ask(String lastUser, boolean stream, int maxTokens) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private volatile Function<Ask, String> replier = a -> "{\"action\":\"direct\",\"response\":\"네!\"}";
    private volatile boolean statusApi;
    private volatile int streamTokens;
    private volatile Duration tokenInterval = Duration.ZERO;
    private final LongAdder completions = new LongAdder();
    private final LongAdder healthGets = new LongAdder();
    private final LongAdder statusGets = new LongAdder();
    private final Map<Long, LongAdder> nanosByTag = new ConcurrentHashMap<>();
    private final AtomicLong firstTokenAt = new AtomicLong();

    InstantModel() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "instant-model");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    InstantModel replying(Function<Ask, String> function) {
        replier = function;
        return this;
    }

    /** Serve {@code /status} (active_jobs 0) instead of 404. */
    InstantModel statusApi(boolean value) {
        statusApi = value;
        return this;
    }

    /** Streamed answers come as this many tokens, one every interval (0 tokens: a few characters per chunk). */
    InstantModel streaming(int tokens, Duration interval) {
        streamTokens = tokens;
        tokenInterval = interval;
        return this;
    }

    long completions() {
        return completions.sum();
    }

    long healthGets() {
        return healthGets.sum();
    }

    long statusGets() {
        return statusGets.sum();
    }

    /** Time spent inside this fake for the message with this tag, and forgets it. */
    long takeNanos(long tag) {
        LongAdder a = nanosByTag.remove(tag);
        return a == null ? 0 : a.sum();
    }

    /** System.nanoTime() when the last streamed answer's first token was written (0: none yet). */
    long takeFirstTokenAt() {
        return firstTokenAt.getAndSet(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        long tag = -1;
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/v1/models" -> {
                    healthGets.increment();
                    send(exchange, 200, "application/json", "{\"object\":\"list\",\"data\":[{\"id\":\"instant\"}]}");
                }
                case "/status" -> {
                    statusGets.increment();
                    if (statusApi) {
                        send(exchange, 200, "application/json", "{\"active_jobs\":0,\"total_requests\":1}");
                    } else {
                        send(exchange, 404, "text/plain", "not found");
                    }
                }
                case "/v1/chat/completions" -> {
                    completions.increment();
                    JsonNode body = JSON.readTree(exchange.getRequestBody());
                    String lastUser = "";
                    for (JsonNode m : body.path("messages")) {
                        if (m.path("role").asText().equals("user")) {
                            lastUser = m.path("content").asText();
                        }
                    }
                    tag = lastTag(lastUser);
                    Ask ask = new Ask(lastUser, body.path("stream").asBoolean(false), body.path("max_tokens").asInt());
                    String text = replier.apply(ask);
                    if (ask.stream()) {
                        stream(exchange, text);
                    } else {
                        whole(exchange, text);
                    }
                }
                default -> send(exchange, 404, "text/plain", "not found");
            }
        } finally {
            if (tag >= 0) {
                nanosByTag.computeIfAbsent(tag, t -> new LongAdder()).add(System.nanoTime() - start);
            }
        }
    }

    /** The tag of the message being answered: the last one in the last user turn (history holds older ones). */
    static long lastTag(String text) {
        Matcher m = TAG.matcher(text);
        long tag = -1;
        while (m.find()) {
            tag = Long.parseLong(m.group(1));
        }
        return tag;
    }

    private static void whole(HttpExchange exchange, String text) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "instant").put("object", "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        send(exchange, 200, "application/json", root.toString());
    }

    private void stream(HttpExchange exchange, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        int tokens = streamTokens;
        long interval = tokenInterval.toNanos();
        if (tokens <= 0) {
            for (int i = 0; i < text.length(); i += 4) {
                out.write(event(text.substring(i, Math.min(text.length(), i + 4))));
            }
        } else {
            long next = System.nanoTime();
            for (int i = 0; i < tokens; i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    sleep(wait);
                }
                out.write(event(i == 0 ? text + " " : "토큰" + i + " "));
                out.flush();
                if (i == 0) {
                    firstTokenAt.set(System.nanoTime());
                }
                next += interval;
            }
        }
        out.write("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                .getBytes(StandardCharsets.UTF_8));
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] event(String delta) {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode choice = event.putArray("choices").addObject();
        choice.put("index", 0).putObject("delta").put("content", delta);
        choice.putNull("finish_reason");
        return ("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(code, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
