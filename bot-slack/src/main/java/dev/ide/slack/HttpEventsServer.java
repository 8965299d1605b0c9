package dev.ide.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP Events API endpoint: the JDK's HTTP server in front of {@code app.run(request)}, the same entry Bolt's
 * servlet adapter uses. Bolt verifies the signature (a bad or stale one is answered 401 and reaches no handler).
 * Every path accepts POSTs, so the Event Subscriptions, Interactivity and slash command URLs may all be the same.
 */
final class HttpEventsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpEventsServer.class);
    /** Slack's payloads are small; anything far larger is not from Slack. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final App app;
    private final SlackRequestParser parser;
    private final HttpServer server;
    private final ExecutorService executor;

    HttpEventsServer(App app, String host, int port) throws IOException {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        AtomicInteger n = new AtomicInteger();
        // A few threads: handlers only persist and acknowledge, the work happens on core's queue.
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "slack-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
        log.info("Slack HTTP Events API listening on {}:{}", server.getAddress().getHostString(), port());
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "text/plain", "POST only");
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                reply(exchange, 413, "text/plain", "too large");
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, List<String>> queryString = QueryStringParser.toMap(query);
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(queryString)
                    .headers(new RequestHeaders(exchange.getRequestHeaders()))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            if (request == null) {
                reply(exchange, 400, "text/plain", "not a Slack request");
                return;
            }
            Response response;
            try {
                response = app.run(request);
            } catch (Exception e) {
                // Not acknowledged: Slack retries, and the retry finds the message again.
                log.error("a Slack request failed; Slack will retry it", e);
                reply(exchange, 500, "text/plain", "error");
                return;
            }
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, values) ->
                        values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
            }
            reply(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
