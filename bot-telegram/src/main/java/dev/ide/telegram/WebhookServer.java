package dev.ide.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates Telegram POSTs in webhook mode, on the JDK's HTTP server. A request without the right
 * X-Telegram-Bot-Api-Secret-Token is answered 401 and never processed. A good one is answered 200 once core has
 * persisted the message, and 500 when core could not take it, so Telegram redelivers anything that was not stored
 * (up to {@link UpdateHandler#ATTEMPTS} times; then the user is asked to send it again).
 *
 * <p>Threads: requests run on a small pool ("telegram-webhook"); updates of different requests may be handled in
 * parallel — core orders the messages of one conversation.
 */
final class WebhookServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, Threads.named("telegram-webhook"));
    private final byte[] secret;
    private final UpdateHandler handler;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    WebhookServer(TelegramSettings.Webhook settings, UpdateHandler handler) throws IOException {
        this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
        this.handler = handler;
        this.server = HttpServer.create(new InetSocketAddress(settings.bindHost(), settings.port()), 0);
        server.createContext(settings.path(), this::serve);
        server.setExecutor(pool);
    }

    void start() {
        server.start();
        log.info("Telegram webhook listening on {}:{}", server.getAddress().getHostString(), port());
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                log.warn("refused a Telegram webhook request from {} without the right secret token",
                        exchange.getRemoteAddress().getAddress().getHostAddress());
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Update update;
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    exchange.sendResponseHeaders(413, -1);
                    return;
                }
                update = json.readValue(body, Update.class);
            } catch (IOException e) {
                log.warn("unreadable Telegram webhook request: {}", e.getMessage());
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            // Not taken by core: a non-2xx answer makes Telegram deliver the update again later.
            exchange.sendResponseHeaders(handler.handle(update) ? 200 : 500, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
