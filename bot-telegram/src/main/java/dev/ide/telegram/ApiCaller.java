package dev.ide.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls one Bot API method the way a reply must be delivered: a 429 waits the {@code retry_after} Telegram asked
 * for (and starts the shared penalty window), network errors and 5xx back off and retry, a few attempts in all.
 * Never throws: the caller gets an {@link Outcome} and the final failure is logged here, without the token.
 */
final class ApiCaller {

    private static final Logger log = LoggerFactory.getLogger(ApiCaller.class);

    /** Waits between attempts; tests may pass a recording one, production sleeps the thread. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What became of a call: the result, or Telegram's error code and description (0 for no HTTP answer). */
    record Outcome<T>(T value, int errorCode, String description) {

        boolean ok() {
            return errorCode == -1;
        }

        static <T> Outcome<T> success(T value) {
            return new Outcome<>(value, -1, "");
        }
    }

    /** Whether a 429 is waited out and retried, or reported at once (streaming edits are not worth waiting for). */
    enum On429 { WAIT_AND_RETRY, GIVE_UP }

    private final TelegramClient client;
    private final FloodControl flood;
    private final TelegramSettings.Timing timing;
    private final Sleeper sleeper;
    private final String token;

    ApiCaller(TelegramClient client, FloodControl flood, TelegramSettings.Timing timing, Sleeper sleeper,
              String token) {
        this.client = client;
        this.flood = flood;
        this.timing = timing;
        this.sleeper = sleeper;
        this.token = token;
    }

    <T extends Serializable> Outcome<T> call(BotApiMethod<T> method, On429 on429) {
        Duration backoff = timing.retryBase();
        Outcome<T> last = new Outcome<>(null, 0, "not attempted");
        for (int attempt = 1; attempt <= timing.attempts(); attempt++) {
            Duration wait;
            try {
                return Outcome.success(client.execute(method));
            } catch (TelegramApiRequestException e) {
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                last = new Outcome<>(null, code, redact(e.getApiResponse() != null ? e.getApiResponse()
                        : e.getMessage()));
                if (code == 429) {
                    Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                    wait = Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds);
                    flood.penalize(wait);
                    if (on429 == On429.GIVE_UP || wait.compareTo(timing.maxRetryAfter()) > 0) {
                        log.warn("Telegram {} flood-controlled (429, retry after {} s); not retried",
                                method.getMethod(), wait.toSeconds());
                        return last;
                    }
                } else if (code == 0 || code >= 500) {
                    wait = backoff;
                    backoff = backoff.multipliedBy(2);
                } else {
                    return last; // 4xx: the request itself is wrong; the caller decides what it means
                }
            } catch (TelegramApiException e) {
                if (!(e.getCause() instanceof IOException)) {
                    log.warn("Telegram {} failed: {}", method.getMethod(), redact(String.valueOf(e.getMessage())));
                    return new Outcome<>(null, 0, redact(String.valueOf(e.getMessage())));
                }
                last = new Outcome<>(null, 0, redact(e.getCause().toString()));
                wait = backoff;
                backoff = backoff.multipliedBy(2);
            } catch (RuntimeException e) {
                log.warn("Telegram {} failed: {}", method.getMethod(), redact(e.toString()));
                return new Outcome<>(null, 0, redact(e.toString()));
            }
            if (attempt == timing.attempts()) {
                break;
            }
            log.debug("Telegram {} failed ({} {}); retrying in {} ms", method.getMethod(), last.errorCode(),
                    last.description(), wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
        }
        log.warn("Telegram {} failed after {} attempts: {} {}", method.getMethod(), timing.attempts(),
                last.errorCode(), last.description());
        return last;
    }

    /** Removes the token from any text that might carry a URL (OkHttp messages can). */
    String redact(String text) {
        return text == null ? "" : text.replace(token, "<token>");
    }
}
