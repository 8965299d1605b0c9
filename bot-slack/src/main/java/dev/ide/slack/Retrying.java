package dev.ide.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Web API call the way Slack asks: on 429 wait {@code Retry-After} and retry; on network errors, 5xx and
 * transient {@code ok:false} errors back off and retry; a few attempts, then give up and log (never the token).
 * Callers get empty instead of an exception, because core must never see a platform failure.
 */
final class Retrying {

    private static final Logger log = LoggerFactory.getLogger(Retrying.class);

    static final int MAX_ATTEMPTS = 5;
    /** Longer waits than this are not worth holding a reply for. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    /** {@code ok:false} errors that Slack documents as transient. */
    private static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited");

    /** Waits; injected so tests can record the waits instead of spending them. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    @FunctionalInterface
    interface Call<T> {
        T run() throws Exception;
    }

    /** A non-2xx HTTP answer from a call that does not throw by itself (response_url). */
    static final class StatusException extends Exception {
        final int code;
        final String retryAfter;

        StatusException(int code, String retryAfter) {
            super("HTTP " + code);
            this.code = code;
            this.retryAfter = retryAfter;
        }
    }

    /** An {@code ok:false} answer. */
    static final class ApiError extends Exception {
        final String error;

        ApiError(String error) {
            super(error == null ? "unknown" : error);
            this.error = getMessage();
        }
    }

    private final Sleeper sleeper;

    Retrying(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /**
     * @param what        the method name, for the log
     * @param rateLimited told how long Slack asked us to wait, whenever it does
     */
    <T> Optional<T> run(String what, Call<T> call, Consumer<Duration> rateLimited) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            Exception failure;
            try {
                return Optional.ofNullable(call.run());
            } catch (Exception e) {
                failure = e;
            }
            int status = status(failure);
            Duration wait;
            if (status == 429) {
                wait = retryAfter(retryAfterHeader(failure));
                rateLimited.accept(wait);
            } else if (status >= 500 || failure instanceof IOException
                    || failure instanceof ApiError api && TRANSIENT.contains(api.error)) {
                wait = backoff;
                backoff = backoff.multipliedBy(2);
            } else if (failure instanceof RuntimeException) {
                log.warn("Slack {} failed unexpectedly", what, failure);
                return Optional.empty();
            } else {
                log.warn("Slack {} failed: {}", what, describe(failure));
                return Optional.empty();
            }
            if (attempt >= MAX_ATTEMPTS) {
                log.warn("Slack {} failed after {} attempts: {}", what, attempt, describe(failure));
                return Optional.empty();
            }
            if (wait.compareTo(MAX_RETRY_AFTER) > 0) {
                log.warn("Slack {} asked us to wait {} s; giving up", what, wait.toSeconds());
                return Optional.empty();
            }
            log.info("Slack {}: {}; retrying in {} ms", what, describe(failure), wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("Slack {} interrupted while waiting to retry", what);
                return Optional.empty();
            }
        }
    }

    private static int status(Exception e) {
        if (e instanceof SlackApiException s) {
            return s.getResponse().code();
        }
        return e instanceof StatusException s ? s.code : 0;
    }

    private static String retryAfterHeader(Exception e) {
        if (e instanceof SlackApiException s) {
            return s.getResponse().header("Retry-After");
        }
        return e instanceof StatusException s ? s.retryAfter : null;
    }

    /** Names the failure without its message: Slack's exception texts may quote the request. */
    private static String describe(Exception e) {
        int status = status(e);
        if (status > 0) {
            return "HTTP " + status;
        }
        return e instanceof ApiError api ? api.error : e.getClass().getSimpleName();
    }

    static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
        } catch (RuntimeException e) {
            return Duration.ofSeconds(1);
        }
    }
}
