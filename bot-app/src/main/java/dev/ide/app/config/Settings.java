package dev.ide.app.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every setting of product §7, read once and validated. A bad value stops startup with a {@link ConfigException}
 * naming the setting. {@link #toString()} hides secrets.
 */
public record Settings(
        Backend exaone,
        Backend reasoning,
        Duration healthInterval,
        Optional<Telegram> telegram,
        Optional<Slack> slack,
        Optional<CalDav> caldav,
        Optional<Imap> imap,
        Path documentsDir,
        Path dataDir,
        ZoneId zone,
        int historyRetentionDays) {

    private static final Logger log = LoggerFactory.getLogger(Settings.class);

    /**
     * Every setting a {@code --config} file may hold: the settings table of the README. A key outside this set is
     * refused, so a misspelled setting never silently falls back to its default.
     */
    public static final Set<String> NAMES = Set.of(
            "EXAONE_BASE_URL", "EXAONE_MODEL", "EXAONE_TIMEOUT",
            "REASONING_BASE_URL", "REASONING_MODEL", "REASONING_TEMPERATURE", "REASONING_TIMEOUT",
            "HEALTH_INTERVAL",
            "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "TELEGRAM_ALLOWED_USERS",
            "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_WEBHOOK_PORT",
            "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_PORT", "SLACK_API_URL",
            "SLACK_ALLOWED_USERS", "SLACK_COMMAND",
            "CALDAV_URL", "CALDAV_USERNAME", "CALDAV_PASSWORD", "CALDAV_TIMEOUT",
            "IMAP_HOST", "IMAP_PORT", "IMAP_USERNAME", "IMAP_PASSWORD", "IMAP_SECURITY", "IMAP_FOLDER", "IMAP_TIMEOUT",
            "DOCUMENTS_DIR", "DATA_DIR", "BOT_TIMEZONE", "HISTORY_RETENTION_DAYS");

    /**
     * Settings read before the command line is (logging, the launcher): from the environment only. A
     * {@code --config} file that holds one is refused rather than silently ignored.
     */
    public static final Set<String> ENVIRONMENT_ONLY = Set.of("IDE_LOG_LEVEL", "IDE_JAVA_OPTS");

    /** What @BotFather hands out: the bot's numeric id, a colon, the secret part (letters, digits, _ and -). */
    private static final Pattern TELEGRAM_TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");
    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");

    /** One model server. */
    public record Backend(String baseUrl, String model, double temperature, Duration timeout) {
    }

    public record Telegram(String token, String apiUrl, Set<String> allowedUsers, Optional<String> webhookUrl,
                           Optional<String> webhookSecret, int webhookPort) {
        @Override
        public String toString() {
            return "Telegram[apiUrl=" + apiUrl + ", allowedUsers=" + allowedUsers + ", webhook="
                    + webhookUrl.isPresent() + "]";
        }
    }

    public record Slack(String botToken, Optional<String> appToken, Optional<String> signingSecret, int port,
                        Optional<String> apiUrl, Set<String> allowedUsers, String command) {
        @Override
        public String toString() {
            return "Slack[socketMode=" + appToken.isPresent() + ", port=" + port + ", allowedUsers=" + allowedUsers
                    + ", command=" + command + "]";
        }
    }

    /** Seconds a whole CalDAV or IMAP request may take unless {@code CALDAV_TIMEOUT} / {@code IMAP_TIMEOUT} say. */
    public static final int DEFAULT_SERVER_TIMEOUT_SECONDS = 20;

    /** @param timeout for one whole request ({@code CALDAV_TIMEOUT}) */
    public record CalDav(URI url, String username, String password, Duration timeout) {
        @Override
        public String toString() {
            return "CalDav[url=" + url + ", username=" + username + ", timeout=" + timeout + "]";
        }
    }

    /** @param timeout for one whole request: connect, login, search or read ({@code IMAP_TIMEOUT}) */
    public record Imap(String host, int port, String username, String password, String security, String folder,
                       Duration timeout) {
        @Override
        public String toString() {
            return "Imap[host=" + host + ", port=" + port + ", username=" + username + ", security=" + security
                    + ", folder=" + folder + ", timeout=" + timeout + "]";
        }
    }

    public static Settings read(SettingsSource source) {
        Reader r = new Reader(source);
        r.oneOf("IDE_LOG_LEVEL", "info", LOG_LEVELS);
        Backend exaone = new Backend(
                r.serverRoot("EXAONE_BASE_URL", "http://127.0.0.1:8800"),
                r.text("EXAONE_MODEL", "EXAONE-3.5-7.8B-Instruct"),
                0.3,
                Duration.ofSeconds(r.positiveInt("EXAONE_TIMEOUT", 30)));
        Backend reasoning = new Backend(
                r.serverRoot("REASONING_BASE_URL", "http://127.0.0.1:8801"),
                r.text("REASONING_MODEL", "gemma-4-27b-it"),
                r.temperature("REASONING_TEMPERATURE", 0.7),
                Duration.ofSeconds(r.positiveInt("REASONING_TIMEOUT", 300)));
        Duration health = Duration.ofSeconds(r.positiveInt("HEALTH_INTERVAL", 30));

        Optional<Telegram> telegram = source.get("TELEGRAM_BOT_TOKEN").map(token -> new Telegram(r.telegramToken(token),
                r.url("TELEGRAM_API_URL", "https://api.telegram.org"),
                r.ids("TELEGRAM_ALLOWED_USERS", true),
                source.get("TELEGRAM_WEBHOOK_URL").map(v -> r.url("TELEGRAM_WEBHOOK_URL", v)),
                source.get("TELEGRAM_WEBHOOK_SECRET"),
                r.port("TELEGRAM_WEBHOOK_PORT", 8443)));
        if (telegram.isPresent() && telegram.get().webhookUrl().isPresent()
                && telegram.get().webhookSecret().isEmpty()) {
            throw new ConfigException("TELEGRAM_WEBHOOK_SECRET", "must be set when TELEGRAM_WEBHOOK_URL is set");
        }

        Optional<Slack> slack = source.get("SLACK_BOT_TOKEN").map(token -> {
            Optional<String> app = source.get("SLACK_APP_TOKEN");
            Optional<String> signing = source.get("SLACK_SIGNING_SECRET");
            if (app.isEmpty() && signing.isEmpty()) {
                throw new ConfigException("SLACK_SIGNING_SECRET",
                        "must be set for the HTTP Events API (or set SLACK_APP_TOKEN for Socket Mode)");
            }
            String command = r.text("SLACK_COMMAND", "/ide");
            return new Slack(token, app, signing, r.port("SLACK_PORT", 3000),
                    source.get("SLACK_API_URL").map(v -> r.url("SLACK_API_URL", v)),
                    r.ids("SLACK_ALLOWED_USERS", false), command.startsWith("/") ? command : "/" + command);
        });

        Optional<CalDav> caldav = source.get("CALDAV_URL").map(url -> new CalDav(
                URI.create(r.url("CALDAV_URL", url)),
                source.get("CALDAV_USERNAME").orElse(""),
                source.get("CALDAV_PASSWORD").orElse(""),
                Duration.ofSeconds(r.positiveInt("CALDAV_TIMEOUT", DEFAULT_SERVER_TIMEOUT_SECONDS))));

        Optional<Imap> imap = source.get("IMAP_HOST").map(host -> {
            r.hostOnly("IMAP_HOST", host);
            String security = r.oneOf("IMAP_SECURITY", "ssl", Set.of("ssl", "starttls", "none"));
            int defaultPort = security.equals("ssl") ? 993 : 143;
            return new Imap(host, r.port("IMAP_PORT", defaultPort),
                    r.required("IMAP_USERNAME"), r.required("IMAP_PASSWORD"), security,
                    r.text("IMAP_FOLDER", "INBOX"),
                    Duration.ofSeconds(r.positiveInt("IMAP_TIMEOUT", DEFAULT_SERVER_TIMEOUT_SECONDS)));
        });

        // Half-configured groups last, so that a bad value in a configured group is named first.
        r.requiredWith("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "TELEGRAM_ALLOWED_USERS", "TELEGRAM_WEBHOOK_URL",
                "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_WEBHOOK_PORT");
        r.requiredWith("TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_WEBHOOK_PORT");
        r.requiredWith("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_PORT", "SLACK_API_URL",
                "SLACK_ALLOWED_USERS", "SLACK_COMMAND");
        r.requiredWith("CALDAV_URL", "CALDAV_USERNAME", "CALDAV_PASSWORD", "CALDAV_TIMEOUT");
        r.requiredWith("CALDAV_PASSWORD", "CALDAV_USERNAME");
        r.requiredWith("CALDAV_USERNAME", "CALDAV_PASSWORD");
        r.requiredWith("IMAP_HOST", "IMAP_PORT", "IMAP_USERNAME", "IMAP_PASSWORD", "IMAP_SECURITY", "IMAP_FOLDER",
                "IMAP_TIMEOUT");

        Path dataDir = r.folder("DATA_DIR", "data");
        return new Settings(exaone, reasoning, health, telegram, slack, caldav, imap,
                r.folder("DOCUMENTS_DIR", dataDir.resolve("documents").toString()), dataDir,
                r.zone("BOT_TIMEZONE", "Asia/Seoul"), r.positiveInt("HISTORY_RETENTION_DAYS", 90));
    }

    /** Reads and validates single values; every error names its setting. */
    private record Reader(SettingsSource source) {

        /** Refuses any of {@code dependents} set while {@code name} is not: a half-configured group never works. */
        void requiredWith(String name, String... dependents) {
            if (source.get(name).isPresent()) {
                return;
            }
            for (String dependent : dependents) {
                if (source.get(dependent).isPresent()) {
                    throw new ConfigException(name, "must be set when " + dependent + " is set");
                }
            }
        }

        String telegramToken(String token) {
            if (!TELEGRAM_TOKEN.matcher(token).matches()) {
                throw new ConfigException("TELEGRAM_BOT_TOKEN", "must look like the token from @BotFather: "
                        + "the bot's numeric id, a colon, then letters, digits, _ or -");
            }
            return token;
        }

        /** A host name or IP address, nothing else: the scheme and the port have settings of their own. */
        void hostOnly(String name, String host) {
            if (host.contains("://")) {
                throw new ConfigException(name, "must be a host name only, without a scheme such as imaps://: "
                        + "choose TLS with IMAP_SECURITY and the port with IMAP_PORT");
            }
            if (host.matches("[^:]*:\\d*") || host.matches("\\[.*]:\\d*")) {
                throw new ConfigException(name, "must be a host name only, without a port: put the port in IMAP_PORT");
            }
            if (!host.matches("[\\p{L}\\p{N}.:_-]+")) {
                throw new ConfigException(name, "must be a host name or IP address");
            }
        }

        String text(String name, String fallback) {
            return source.get(name).orElse(fallback);
        }

        String required(String name) {
            return source.get(name).orElseThrow(() -> new ConfigException(name, "must be set"));
        }

        int positiveInt(String name, int fallback) {
            Optional<String> value = source.get(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(value.get());
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new ConfigException(name, "must be a whole number greater than 0");
            }
        }

        int port(String name, int fallback) {
            int port = positiveInt(name, fallback);
            if (port > 65535) {
                throw new ConfigException(name, "must be a port number between 1 and 65535");
            }
            return port;
        }

        double temperature(String name, double fallback) {
            Optional<String> value = source.get(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                double t = Double.parseDouble(value.get());
                if (!(t >= 0 && t <= 2)) {
                    throw new NumberFormatException();
                }
                return t;
            } catch (NumberFormatException e) {
                throw new ConfigException(name, "must be a number between 0 and 2");
            }
        }

        String url(String name, String fallback) {
            String value = source.get(name).orElse(fallback);
            try {
                URI uri = URI.create(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                if (uri.getUserInfo() != null) {
                    throw new ConfigException(name, "must not contain a user name or password");
                }
                if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
                    throw new ConfigException(name, "must have a port number between 1 and 65535");
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, "must be an http:// or https:// URL");
            }
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        }

        /**
         * A model server's root. The usual OpenAI-style base URL ends in {@code /v1}, which the client appends itself:
         * a trailing {@code /v1} is dropped (and logged) rather than requests going to {@code /v1/v1/...}.
         */
        String serverRoot(String name, String fallback) {
            String url = url(name, fallback);
            if (url.endsWith("/v1")) {
                String root = url.substring(0, url.length() - "/v1".length());
                log.info("{} ends in /v1: using the server root {} (/v1/... is appended to it)", name, root);
                return root;
            }
            return url;
        }

        Set<String> ids(String name, boolean numeric) {
            Set<String> ids = new LinkedHashSet<>();
            source.get(name).ifPresent(v -> Arrays.stream(v.split("[,\\s]+"))
                    .map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add));
            if (numeric && ids.stream().anyMatch(id -> !id.matches("-?\\d+"))) {
                throw new ConfigException(name, "must be comma-separated numeric user ids");
            }
            return Set.copyOf(ids);
        }

        String oneOf(String name, String fallback, Set<String> allowed) {
            String value = source.get(name).orElse(fallback).toLowerCase(Locale.ROOT);
            if (!allowed.contains(value)) {
                throw new ConfigException(name, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
            return value;
        }

        /** A folder path; a file in its place is refused (a missing folder is the caller's to create or not). */
        Path folder(String name, String fallback) {
            Path path;
            try {
                path = Path.of(source.get(name).orElse(fallback));
            } catch (RuntimeException e) {
                throw new ConfigException(name, "is not a valid path");
            }
            if (Files.exists(path) && !Files.isDirectory(path)) {
                throw new ConfigException(name, "must be a folder, not a file");
            }
            return path;
        }

        ZoneId zone(String name, String fallback) {
            try {
                return ZoneId.of(source.get(name).orElse(fallback));
            } catch (DateTimeException e) {
                throw new ConfigException(name, "must be a time zone id such as Asia/Seoul");
            }
        }
    }
}
