package dev.ide.tools.mail;

import dev.ide.core.text.Msg;
import dev.ide.core.tool.ToolFailure;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every way talking to the IMAP server can fail, turned into one Korean sentence, in one place. */
final class MailFailures {

    private static final Logger log = LoggerFactory.getLogger(MailFailures.class);

    private MailFailures() {
    }

    static ToolFailure toToolFailure(Exception e, MailSettings settings) {
        return toToolFailure(e, settings, false);
    }

    /** @param deadlinePassed the request's whole deadline passed, so its connection was closed under it */
    static ToolFailure toToolFailure(Exception e, MailSettings settings, boolean deadlinePassed) {
        if (e instanceof ToolFailure failure) {
            return failure;
        }
        // The library's messages hold server replies and host names, never the password we sent.
        log.warn("IMAP request to {}:{} ({}) failed{}: {}", settings.host(), settings.port(), settings.security(),
                deadlinePassed ? " (no answer within " + settings.timeout().toMillis() + " ms)" : "", describe(e));
        String host = settings.host();
        String sentence;
        if (deadlinePassed) {
            sentence = Msg.MAIL_TIMEOUT.format(host);
        } else if (e instanceof AuthenticationFailedException) {
            sentence = Msg.MAIL_LOGIN_FAILED.format(host);
        } else if (e instanceof FolderNotFoundException) {
            sentence = Msg.MAIL_FOLDER_MISSING.format(settings.folder());
        } else if (causedBy(e, SocketTimeoutException.class)) {
            sentence = Msg.MAIL_TIMEOUT.format(host);
        } else if (causedBy(e, SSLException.class) || mentionsStartTls(e)) {
            sentence = Msg.MAIL_TLS_FAILED.format(host);
        } else {
            sentence = Msg.MAIL_UNREACHABLE.format(host);
        }
        return ToolFailure.unavailable(sentence, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsStartTls(Throwable e) {
        String message = e.getMessage();
        return message != null && message.contains("STARTTLS");
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
