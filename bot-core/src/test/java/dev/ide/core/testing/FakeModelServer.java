package dev.ide.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A loopback OpenAI-compatible model server for tests: {@code GET /v1/models} (health), {@code GET /status}
 * (optional), {@code POST /v1/chat/completions} (whole or streamed as server-sent events). Replies come from a
 * function of the request, so a test scripts what "the model" says. Every request is recorded.
 */
public final class FakeModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicReference<Function<Completion, String>> replier =
            new AtomicReference<>(c -> "{\"action\":\"direct\",\"response\":\"안녕하세요!\"}");
    private volatile boolean healthy = true;
    private volatile Integer statusActiveJobs;
    private volatile long statusTotalRequests;
    private volatile String statusRawBody;
    private volatile Duration healthDelay = Duration.ZERO;
    private volatile Duration completionDelay = Duration.ZERO;
    private volatile Duration tokenDelay = Duration.ZERO;
    private volatile int failCompletionsWithStatus;
    private volatile boolean cutStreamMidway;

    /** A request the fake received. {@code completion} is set for chat completions. */
    public record Recorded(String method, String path, Completion completion) {
    }

    /** A parsed chat completion request. */
    public record Completion(String model, String systemPrompt, String lastUserMessage, List<String> roles,
                             List<String> contents, boolean stream, double temperature, int maxTokens,
                             JsonNode body) {
    }

    public FakeModelServer start() {
        // Without TCP_NODELAY each reply's body waits ~40 ms for a delayed ACK (Nagle): slow tests, false latency.
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
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

    public String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** What the model answers, decided per request. */
    public FakeModelServer replying(Function<Completion, String> function) {
        replier.set(function);
        return this;
    }

    /** The model always answers this text. */
    public FakeModelServer replying(String text) {
        return replying(c -> text);
    }

    public FakeModelServer healthy(boolean value) {
        healthy = value;
        return this;
    }

    /** Serve {@code /status} with these counters; null: answer 404 (unsupported). */
    public FakeModelServer status(Integer activeJobs, long totalRequests) {
        statusActiveJobs = activeJobs;
        statusTotalRequests = totalRequests;
        return this;
    }

    /** Serve {@code /status} as 200 with exactly this body (e.g. not JSON); null: back to {@link #status}. */
    public FakeModelServer statusBody(String rawBody) {
        statusRawBody = rawBody;
        return this;
    }

    public FakeModelServer healthDelay(Duration delay) {
        healthDelay = delay;
        return this;
    }

    public FakeModelServer completionDelay(Duration delay) {
        completionDelay = delay;
        return this;
    }

    /** Delay between streamed chunks. */
    public FakeModelServer tokenDelay(Duration delay) {
        tokenDelay = delay;
        return this;
    }

    /** Answer completions with this HTTP status (0 = normal). */
    public FakeModelServer failCompletions(int status) {
        failCompletionsWithStatus = status;
        return this;
    }

    /** Streams stop after half of the chunks, without a finish or [DONE]. */
    public FakeModelServer cutStreamMidway(boolean value) {
        cutStreamMidway = value;
        return this;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public List<Completion> completions() {
        List<Completion> out = new ArrayList<>();
        for (Recorded r : requests) {
            if (r.completion() != null) {
                out.add(r.completion());
            }
        }
        return out;
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    public int completionCount() {
        return completions().size();
    }

    public void clearRecords() {
        requests.clear();
    }

    private MockResponse handle(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        switch (path) {
            case "/v1/models" -> {
                requests.add(new Recorded(request.getMethod(), path, null));
                MockResponse.Builder b = new MockResponse.Builder()
                        .code(healthy ? 200 : 503)
                        .setHeader("Content-Type", "application/json")
                        .body("{\"object\":\"list\",\"data\":[{\"id\":\"fake\"}]}");
                if (!healthDelay.isZero()) {
                    b.headersDelay(healthDelay.toMillis(), TimeUnit.MILLISECONDS);
                }
                return b.build();
            }
            case "/status" -> {
                requests.add(new Recorded(request.getMethod(), path, null));
                String raw = statusRawBody;
                if (raw != null && healthy) {
                    return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain").body(raw)
                            .build();
                }
                Integer active = statusActiveJobs;
                if (active == null || !healthy) {
                    return new MockResponse.Builder().code(404).body("not found").build();
                }
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"active_jobs\":" + active + ",\"total_requests\":" + statusTotalRequests + "}")
                        .build();
            }
            case "/v1/chat/completions" -> {
                Completion completion = parse(request);
                requests.add(new Recorded(request.getMethod(), path, completion));
                return completionResponse(completion);
            }
            default -> {
                requests.add(new Recorded(request.getMethod(), path, null));
                return new MockResponse.Builder().code(404).body("not found").build();
            }
        }
    }

    private MockResponse completionResponse(Completion completion) {
        if (!healthy) {
            return new MockResponse.Builder().code(503).body("down").build();
        }
        if (failCompletionsWithStatus != 0) {
            return new MockResponse.Builder().code(failCompletionsWithStatus).body("error").build();
        }
        String text = replier.get().apply(completion);
        MockResponse.Builder b = new MockResponse.Builder().code(200);
        if (!completionDelay.isZero()) {
            b.headersDelay(completionDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!completion.stream()) {
            ObjectNode root = JSON.createObjectNode();
            root.put("id", "fake").put("object", "chat.completion");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            return b.setHeader("Content-Type", "application/json").body(root.toString()).build();
        }
        List<String> chunks = chunks(text);
        int send = cutStreamMidway ? Math.max(1, chunks.size() / 2) : chunks.size();
        Buffer body = new Buffer();
        for (int i = 0; i < send; i++) {
            ObjectNode event = JSON.createObjectNode();
            ObjectNode choice = event.putArray("choices").addObject();
            choice.put("index", 0).putObject("delta").put("content", chunks.get(i));
            choice.putNull("finish_reason");
            body.writeUtf8("data: " + event + "\n\n");
        }
        if (!cutStreamMidway) {
            ObjectNode last = JSON.createObjectNode();
            ObjectNode choice = last.putArray("choices").addObject();
            choice.put("index", 0).putObject("delta");
            choice.put("finish_reason", "stop");
            body.writeUtf8("data: " + last + "\n\n");
            body.writeUtf8("data: [DONE]\n\n");
        }
        b.setHeader("Content-Type", "text/event-stream").body(body);
        if (!tokenDelay.isZero() && send > 0) {
            long perChunk = Math.max(1, body.size() / send);
            b.throttleBody(perChunk, tokenDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return b.build();
    }

    /** Splits text into small chunks the way a tokenizer would, a few characters each. */
    static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        int step = 4;
        for (int i = 0; i < text.length(); i += step) {
            out.add(text.substring(i, Math.min(text.length(), i + step)));
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    private static Completion parse(RecordedRequest request) {
        try {
            JsonNode body = JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
            List<String> roles = new ArrayList<>();
            List<String> contents = new ArrayList<>();
            String system = null;
            String lastUser = null;
            for (JsonNode m : body.path("messages")) {
                String role = m.path("role").asText();
                String content = m.path("content").asText();
                roles.add(role);
                contents.add(content);
                if (role.equals("system") && system == null) {
                    system = content;
                }
                if (role.equals("user")) {
                    lastUser = content;
                }
            }
            return new Completion(body.path("model").asText(), system, lastUser, roles, contents,
                    body.path("stream").asBoolean(false), body.path("temperature").asDouble(),
                    body.path("max_tokens").asInt(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** Server sockets whose accepted connections send small writes at once, as real model servers do. */
    private static final class NoDelayServerSocketFactory extends ServerSocketFactory {

        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new NoDelayServerSocket();
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(port));
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(port), backlog);
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(address, port), backlog);
            return socket;
        }
    }

    private static final class NoDelayServerSocket extends ServerSocket {

        NoDelayServerSocket() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
