package dev.ide.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
        Backend exaone = new Backend(
                r.url("EXAONE_BASE_URL", "http://127.0.0.1:8800"),
                r.text("EXAONE_MODEL", "EXAONE-3.5-7.8B-Instruct"),
                0.3,
                Duration.ofSeconds(r.positiveInt("EXAONE_TIMEOUT", 30)));
        Backend reasoning = new Backend(
                r.url("REASONING_BASE_URL", "http://127.0.0.1:8801"),
                r.text("REASONING_MODEL", "gemma-4-27b-it"),
                r.temperature("REASONING_TEMPERATURE", 0.7),
                Duration.ofSeconds(r.positiveInt("REASONING_TIMEOUT", 300)));
        Duration health = Duration.ofSeconds(r.positiveInt("HEALTH_INTERVAL", 30));

        Optional<Telegram> telegram = source.get("TELEGRAM_BOT_TOKEN").map(token -> new Telegram(token,
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
            String security = r.oneOf("IMAP_SECURITY", "ssl", Set.of("ssl", "starttls", "none"));
            int defaultPort = security.equals("ssl") ? 993 : 143;
            return new Imap(host, r.port("IMAP_PORT", defaultPort),
                    r.required("IMAP_USERNAME"), r.required("IMAP_PASSWORD"), security,
                    r.text("IMAP_FOLDER", "INBOX"),
                    Duration.ofSeconds(r.positiveInt("IMAP_TIMEOUT", DEFAULT_SERVER_TIMEOUT_SECONDS)));
        });

        Path dataDir = r.path("DATA_DIR", "data");
        return new Settings(exaone, reasoning, health, telegram, slack, caldav, imap,
                r.path("DOCUMENTS_DIR", dataDir.resolve("documents").toString()), dataDir,
                r.zone("BOT_TIMEZONE", "Asia/Seoul"), r.positiveInt("HISTORY_RETENTION_DAYS", 90));
    }

    /** Reads and validates single values; every error names its setting. */
    private record Reader(SettingsSource source) {

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
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, "must be an http:// or https:// URL");
            }
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
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

        Path path(String name, String fallback) {
            try {
                return Path.of(source.get(name).orElse(fallback));
            } catch (RuntimeException e) {
                throw new ConfigException(name, "is not a valid path");
            }
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
