package dev.ide.tools.calendar;

import dev.ide.core.text.Msg;
import dev.ide.core.tool.ToolFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLException;

/** Turns what went wrong talking to the CalDAV server into the Korean sentence the user reads; in one place. */
final class CalDavFailures {

    private final String host;

    CalDavFailures(String host) {
        this.host = host;
    }

    ToolFailure forStatus(int code) {
        String message;
        if (code == 401) {
            message = Msg.CALDAV_AUTH_FAILED.format(host);
        } else if (code == 403) {
            message = Msg.CALDAV_FORBIDDEN.format(host);
        } else if (code == 404 || code == 410) {
            message = Msg.CALDAV_NOT_FOUND.text();
        } else if (code >= 500) {
            message = Msg.CALDAV_SERVER_ERROR.format(host, code);
        } else {
            message = Msg.CALDAV_UNEXPECTED.format(host, code);
        }
        return ToolFailure.unavailable(message, null);
    }

    ToolFailure forIo(IOException e) {
        String message;
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            // OkHttp reports its call timeout as an InterruptedIOException("timeout").
            message = Msg.CALDAV_TIMEOUT.format(host);
        } else if (e instanceof SSLException) {
            message = Msg.CALDAV_TLS_FAILED.format(host);
        } else {
            message = Msg.CALDAV_UNREACHABLE.format(host);
        }
        return ToolFailure.unavailable(message, e);
    }

    /**
     * CALDAV_URL names something that is not a calendar collection; {@code calendarsFound} calendars of the account
     * were written to the log.
     */
    ToolFailure notACalendar(int calendarsFound) {
        String message = Msg.CALDAV_NOT_A_CALENDAR.format(host);
        if (calendarsFound > 0) {
            message = message + " " + Msg.CALDAV_CALENDARS_LOGGED.format(calendarsFound);
        }
        return ToolFailure.unavailable(message, new NotACalendar());
    }

    /** Whether the failure is a CALDAV_URL that names no calendar: a setting to fix, not a server to wait for. */
    static boolean isNotACalendar(ToolFailure failure) {
        return failure.getCause() instanceof NotACalendar;
    }

    /** Marks {@link #notACalendar}; carries nothing. */
    private static final class NotACalendar extends Exception {
        NotACalendar() {
            super("CALDAV_URL is not a calendar collection", null, false, false);
        }
    }

    ToolFailure badResponse(Exception cause) {
        return ToolFailure.unavailable(Msg.CALDAV_BAD_RESPONSE.format(host), cause);
    }
}
