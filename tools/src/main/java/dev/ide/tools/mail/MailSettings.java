package dev.ide.tools.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the owner's mailbox over IMAP. Built once by bot-app from the {@code IMAP_*} settings. The password
 * never appears in {@link #toString()}, so a settings dump or an exception message cannot leak it.
 *
 * @param host     IMAP server name, e.g. {@code imap.gmail.com}
 * @param port     1..65535; {@link Security#defaultPort()} is the usual choice
 * @param username login name (often the full address)
 * @param password password or app password
 * @param security how the connection is protected
 * @param folder   the mailbox to read, {@code INBOX} when blank
 * @param timeout  the limit for one whole request (connect, login, search or read, logout), which also bounds every
 *                 single connect, read and write; {@code IMAP_TIMEOUT}
 */
public record MailSettings(String host, int port, String username, String password, Security security,
                           String folder, Duration timeout) {

    public static final String DEFAULT_FOLDER = "INBOX";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** How the IMAP connection is protected. */
    public enum Security {
        /** TLS from the first byte (IMAPS, usually port 993). */
        SSL(993),
        /** Plain connection upgraded with STARTTLS before login; refused when the server cannot upgrade. */
        STARTTLS(143),
        /** No encryption: only for a server on the same machine or a trusted network. */
        NONE(143);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        /** Reads {@code ssl}, {@code starttls} or {@code none} (any case; {@code tls} and {@code imaps} mean SSL). */
        public static Security parse(String text) {
            String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "ssl", "tls", "imaps" -> SSL;
                case "starttls" -> STARTTLS;
                case "none", "plain" -> NONE;
                default -> throw new IllegalArgumentException(
                        "IMAP_SECURITY must be ssl, starttls or none, not '" + text + "'");
            };
        }
    }

    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("IMAP_HOST is empty");
        }
        host = host.trim();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("IMAP_PORT must be between 1 and 65535, not " + port);
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("IMAP_USERNAME is empty");
        }
        Objects.requireNonNull(password, "IMAP_PASSWORD");
        Objects.requireNonNull(security, "IMAP_SECURITY");
        folder = folder == null || folder.isBlank() ? DEFAULT_FOLDER : folder.trim();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("mail timeout must be positive, not " + timeout);
        }
    }

    /** Settings with the usual port for the security, the INBOX folder and the default timeout. */
    public static MailSettings of(String host, String username, String password, Security security) {
        return new MailSettings(host, security.defaultPort(), username, password, security, DEFAULT_FOLDER,
                DEFAULT_TIMEOUT);
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", password=***"
                + ", security=" + security + ", folder=" + folder + ", timeout=" + timeout + "]";
    }
}
