package dev.ide.tools.calendar;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the owner's CalDAV calendar ({@code CALDAV_URL}, {@code CALDAV_USERNAME}, {@code CALDAV_PASSWORD}).
 *
 * @param url      the calendar collection, e.g. {@code https://cloud.example.com/remote.php/dav/calendars/me/personal/};
 *                 http or https, without credentials in it
 * @param username empty for a server without login
 * @param timeout  for one whole request
 */
public record CalDavSettings(URI url, String username, String password, Duration timeout) {

    public CalDavSettings {
        Objects.requireNonNull(url, "CALDAV_URL");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("CALDAV_URL must be an http(s) URL of a calendar collection");
        }
        if (url.getUserInfo() != null) {
            // A password in the URL would end up in logs; it belongs in CALDAV_PASSWORD.
            throw new IllegalArgumentException(
                    "CALDAV_URL must not contain credentials; use CALDAV_USERNAME and CALDAV_PASSWORD");
        }
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("CalDAV timeout must be positive");
        }
    }

    /** The server's host as users may read it (no path, no credentials). */
    public String host() {
        return url.getHost();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "CalDavSettings[url=" + url + ", username=" + username + ", password=" + (password.isEmpty() ? "" : "***")
                + ", timeout=" + timeout + "]";
    }
}
