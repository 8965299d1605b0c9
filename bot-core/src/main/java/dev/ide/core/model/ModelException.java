package dev.ide.core.model;

/**
 * A model call failed. The kind drives what happens next (a user message, a health mark); the message names the
 * backend and the failure, never a prompt or a secret.
 */
public final class ModelException extends Exception {

    public enum Kind {
        /** Connection refused, DNS, reset: the server is not there. */
        UNREACHABLE,
        /** No answer (or no end of stream) within the backend's timeout. */
        TIMEOUT,
        /** The server answered with a non-2xx status. */
        HTTP_STATUS,
        /** The server answered 2xx with a body that is not a completion. */
        UNREADABLE,
        /** The caller cancelled the call (/cancel). */
        CANCELLED
    }

    private final Kind kind;
    private final int httpStatus;

    public ModelException(Kind kind, String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
    }

    public ModelException(Kind kind, String message) {
        this(kind, message, 0, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status for {@link Kind#HTTP_STATUS}, else 0. */
    public int httpStatus() {
        return httpStatus;
    }
}
