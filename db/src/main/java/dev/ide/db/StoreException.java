package dev.ide.db;

/**
 * A database operation failed. Carries the operation's name and the driver's cause; never parameter values, so no
 * message text or token reaches a log line through it.
 */
public final class StoreException extends RuntimeException {

    StoreException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getClass().getSimpleName(), cause);
    }
}
