package dev.ide.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of the Telegram adapter, built by bot-app from the environment (product §7). The token is a secret:
 * it never appears in {@link #toString()}, logs or exception messages.
 *
 * @param token          the bot token from BotFather ({@code TELEGRAM_BOT_TOKEN})
 * @param apiUrl         the Bot API root ({@code TELEGRAM_API_URL}); only scheme, host and port are used, since the
 *                       client library appends {@code /bot<token>/<method>} to the root
 * @param botUsername    the bot's @username when known in advance, or null; {@code getMe} at start overrides it
 * @param webhook        webhook mode when set; long polling when null
 * @param timing         polling, retry and flood-control timing
 */
public record TelegramSettings(String token, URI apiUrl, String botUsername, Webhook webhook, Timing timing) {

    /** The public Bot API. */
    public static final URI PUBLIC_API = URI.create("https://api.telegram.org");

    public TelegramSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN is empty");
        }
        apiUrl = apiUrl == null ? PUBLIC_API : apiUrl;
        if (apiUrl.getScheme() == null || apiUrl.getHost() == null
                || !(apiUrl.getScheme().equals("http") || apiUrl.getScheme().equals("https"))) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be an http(s) URL like https://api.telegram.org");
        }
        if (apiUrl.getPath() != null && !apiUrl.getPath().isEmpty() && !apiUrl.getPath().equals("/")) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be a server root without a path, e.g. "
                    + "http://localhost:8081 (the adapter appends /bot<token>/<method>)");
        }
        botUsername = botUsername == null || botUsername.isBlank() ? null : botUsername.strip().replaceFirst("^@", "");
        timing = timing == null ? Timing.DEFAULTS : timing;
    }

    /** Long polling against the given API root with default timing. */
    public static TelegramSettings polling(String token, URI apiUrl) {
        return new TelegramSettings(token, apiUrl, null, null, Timing.DEFAULTS);
    }

    public TelegramSettings withWebhook(Webhook value) {
        return new TelegramSettings(token, apiUrl, botUsername, value, timing);
    }

    public TelegramSettings withTiming(Timing value) {
        return new TelegramSettings(token, apiUrl, botUsername, webhook, value);
    }

    public TelegramSettings withBotUsername(String value) {
        return new TelegramSettings(token, apiUrl, value, webhook, timing);
    }

    /** The API port, with the scheme's default when the URL names none. */
    int apiPort() {
        return apiUrl.getPort() > 0 ? apiUrl.getPort() : apiUrl.getScheme().equals("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=***, apiUrl=" + apiUrl + ", botUsername=" + botUsername + ", webhook="
                + webhook + ", timing=" + timing + "]";
    }

    /**
     * Webhook mode: Telegram POSTs updates to {@code publicUrl}; the adapter listens on {@code bindHost:port} at
     * the path of {@code publicUrl} (a reverse proxy usually terminates TLS in front of it).
     *
     * @param publicUrl the https URL Telegram calls, registered with setWebhook
     * @param secret    the secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token (1–256 of A–Z a–z 0–9 _ -)
     * @param bindHost  the local address to listen on
     * @param port      the local port to listen on (0 picks a free one)
     */
    public record Webhook(URI publicUrl, String secret, String bindHost, int port) {

        public Webhook {
            Objects.requireNonNull(publicUrl, "publicUrl");
            if (secret == null || !secret.matches("[A-Za-z0-9_-]{1,256}")) {
                throw new IllegalArgumentException(
                        "the Telegram webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
            }
            bindHost = bindHost == null || bindHost.isBlank() ? "0.0.0.0" : bindHost;
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("the Telegram webhook port must be between 0 and 65535");
            }
        }

        /** The path the local server answers, taken from the public URL. */
        String path() {
            String p = publicUrl.getPath();
            return p == null || p.isEmpty() ? "/" : p;
        }

        @Override
        public String toString() {
            return "Webhook[publicUrl=" + publicUrl + ", secret=***, bindHost=" + bindHost + ", port=" + port + "]";
        }
    }

    /**
     * Timing knobs; the defaults suit the public Bot API, tests shorten them.
     *
     * @param pollTimeout      how long one getUpdates long poll may wait on the server
     * @param pollStall        the watchdog restarts polling when no getUpdates has completed for this long
     * @param retryBase        first back-off after a network error or 5xx (doubles per attempt)
     * @param attempts         tries per API call before giving up
     * @param maxRetryAfter    a 429 asking to wait longer than this is not waited out (the call fails)
     * @param editsPerMinute   streaming edits allowed per minute across all chats
     * @param editBurst        streaming edits allowed in a burst across all chats
     * @param typingEvery      how often "typing" is shown again while a job works (Telegram shows it about 5 s)
     * @param typingAtMost     "typing" is never kept up longer than this for one job, whatever happens
     */
    public record Timing(Duration pollTimeout, Duration pollStall, Duration retryBase, int attempts,
                         Duration maxRetryAfter, int editsPerMinute, int editBurst, Duration typingEvery,
                         Duration typingAtMost) {

        public static final Duration TYPING_EVERY = Duration.ofSeconds(4);
        public static final Duration TYPING_AT_MOST = Duration.ofMinutes(10);
        public static final Timing DEFAULTS = new Timing(Duration.ofSeconds(50), Duration.ofSeconds(120),
                Duration.ofMillis(500), 4, Duration.ofSeconds(60), 30, 10);

        public Timing {
            if (attempts < 1 || editsPerMinute < 1 || editBurst < 1) {
                throw new IllegalArgumentException("Telegram timing values must be positive");
            }
            typingEvery = typingEvery == null || typingEvery.toMillis() < 10 ? TYPING_EVERY : typingEvery;
            typingAtMost = typingAtMost == null || typingAtMost.isNegative() ? TYPING_AT_MOST : typingAtMost;
        }

        /** The timing with the default typing keep-alive. */
        public Timing(Duration pollTimeout, Duration pollStall, Duration retryBase, int attempts,
                      Duration maxRetryAfter, int editsPerMinute, int editBurst) {
            this(pollTimeout, pollStall, retryBase, attempts, maxRetryAfter, editsPerMinute, editBurst, TYPING_EVERY,
                    TYPING_AT_MOST);
        }

        public Timing withTyping(Duration every, Duration atMost) {
            return new Timing(pollTimeout, pollStall, retryBase, attempts, maxRetryAfter, editsPerMinute, editBurst,
                    every, atMost);
        }
    }
}
