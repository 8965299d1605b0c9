package dev.ide.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling with the library's {@link TelegramBotsLongPollingApplication}, kept alive by a watchdog: when no
 * getUpdates has completed for {@link TelegramSettings.Timing#pollStall()} (a hung connection, a polling task that
 * died, a failed start) the session is thrown away and a new one started. The offset continues from the last update
 * handled, so a restart neither loses nor repeats updates (core drops repeats anyway).
 *
 * <p>An update core could not take (see {@link UpdateHandler#handle}) is not confirmed: the rest of its batch is
 * left too, polling pauses (doubling from {@link TelegramSettings.Timing#retryBase()}), and the next getUpdates
 * asks again from that update on, so Telegram delivers it and those after it again, in order. The library marks a
 * batch as received before handing it over; the session's received mark is set back so that it lets the update
 * through again.
 *
 * <p>Threads: each session polls on its own single thread ("telegram-poll") and handles updates there, in order;
 * the watchdog runs on "telegram-watchdog". Session state is guarded by this object's lock.
 */
final class Poller implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Poller.class);
    private static final List<String> UPDATE_TYPES = List.of("message", "callback_query");

    private final String token;
    private final TelegramUrl url;
    private final OkHttpClient baseClient;
    private final UpdateHandler handler;
    private final TelegramSettings.Timing timing;
    private final Clock clock;
    private final AtomicInteger lastHandled = new AtomicInteger(0);
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicBoolean failing = new AtomicBoolean(false);
    /** Updates in a row that core could not take; poll thread only. */
    private int notTakenInARow;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Threads.named("telegram-watchdog"));
    private volatile Instant lastPoll;
    private TelegramBotsLongPollingApplication application;
    private ScheduledExecutorService pollThread;
    private OkHttpClient pollClient;
    private AtomicBoolean sessionStopping;
    private int restarts;
    private boolean closed;

    Poller(String token, TelegramUrl url, OkHttpClient baseClient, UpdateHandler handler,
           TelegramSettings.Timing timing, Clock clock) {
        this.token = token;
        this.url = url;
        this.baseClient = baseClient;
        this.handler = handler;
        this.timing = timing;
        this.clock = clock;
    }

    void start() {
        lastPoll = clock.instant();
        startSession();
        long every = Math.max(10, Math.min(timing.pollStall().toMillis() / 4, 5_000));
        watchdog.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    /** How many times the watchdog replaced a stalled session. */
    synchronized int restarts() {
        return restarts;
    }

    private void check() {
        try {
            Duration quiet = Duration.between(lastPoll, clock.instant());
            if (quiet.compareTo(timing.pollStall()) >= 0) {
                log.warn("no Telegram getUpdates completed for {} s; restarting polling", quiet.toSeconds());
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                    restarts++;
                    stopSession();
                }
                lastPoll = clock.instant();
                startSession();
            }
        } catch (RuntimeException e) {
            log.error("Telegram polling watchdog failed; it keeps watching", e);
        }
    }

    private synchronized void startSession() {
        if (closed) {
            return;
        }
        AtomicBoolean stopping = new AtomicBoolean(false);
        sessionStopping = stopping;
        pollThread = Executors.newSingleThreadScheduledExecutor(Threads.named("telegram-poll"));
        pollClient = baseClient.newBuilder()
                .dispatcher(new Dispatcher()) // its own, so that cancelling a hung poll cancels no reply
                .readTimeout(timing.pollTimeout().plusSeconds(20))
                .addInterceptor(chain -> observe(chain, stopping))
                .build();
        ScheduledExecutorService thread = pollThread;
        OkHttpClient client = pollClient;
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> client, () -> thread,
                ExponentialBackOff::new);
        CompletableFuture<BotSession> session = new CompletableFuture<>();
        try {
            session.complete(application.registerBot(token, () -> url, this::nextGetUpdates,
                    updates -> consume(updates, session, stopping)));
            log.info("Telegram long polling started");
        } catch (Exception e) {
            // deleteWebhook failed (network down, bad token): the watchdog tries again after pollStall.
            log.warn("Telegram polling could not start ({}); retrying in {} s", redact(e),
                    timing.pollStall().toSeconds());
        }
    }

    /** Handles a batch in order; stops at an update core could not take, leaving it and the rest unconfirmed. */
    private void consume(List<Update> updates, CompletableFuture<BotSession> session, AtomicBoolean stopping) {
        for (Update update : updates) {
            if (!handler.handle(update)) {
                askAgainFrom(update.getUpdateId(), session, stopping);
                return;
            }
            notTakenInARow = 0;
            lastHandled.accumulateAndGet(update.getUpdateId(), Math::max);
        }
    }

    private void askAgainFrom(int updateId, CompletableFuture<BotSession> session, AtomicBoolean stopping) {
        try {
            // The library marked the whole batch as received; without this it would filter the update out again.
            session.get(5, TimeUnit.SECONDS).getLastReceivedUpdate().set(Math.max(lastHandled.get(), updateId - 1));
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Telegram update {} cannot be asked for again", updateId);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        notTakenInARow++;
        long pause = Math.min(timing.retryBase().toMillis() << Math.min(notTakenInARow, 10),
                Math.min(timing.pollStall().toMillis() / 4, 30_000));
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the session is stopping
        }
        if (!stopping.get()) {
            lastPoll = clock.instant(); // a deliberate pause, not a stall
        }
    }

    private GetUpdates nextGetUpdates(Integer libraryLast) {
        int last = Math.max(libraryLast == null ? 0 : libraryLast, lastHandled.get());
        return GetUpdates.builder().offset(last + 1).limit(100)
                .timeout((int) timing.pollTimeout().toSeconds()).allowedUpdates(UPDATE_TYPES).build();
    }

    /**
     * Notes every finished getUpdates for the watchdog. A 409 is explained once and waited out here, then passed to
     * the library as "no updates", so that the log says what to do instead of repeating a stack trace per poll.
     */
    private Response observe(Interceptor.Chain chain, AtomicBoolean stopping) throws IOException {
        boolean poll = chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            if (poll && !stopping.get()) { // a poll we cancelled to stop is no outage
                lastPoll = clock.instant(); // the loop is turning; the library backs off and retries
                failing("network error: " + redact(e));
            }
            throw e;
        }
        if (!poll) {
            return response;
        }
        lastPoll = clock.instant();
        if (response.code() == 409) {
            int seen = conflicts.incrementAndGet();
            if (seen == 1) {
                log.error("Telegram answered 409 Conflict to getUpdates: another process is polling this bot token "
                        + "(or set a webhook for it). Only one instance may receive updates per token: stop the other "
                        + "bot process, or give this one its own token. Polling keeps retrying.");
            }
            response.close();
            Duration wait = timing.retryBase().multipliedBy(10L << Math.min(seen - 1, 4));
            try {
                Thread.sleep(Math.min(wait.toMillis(), 60_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lastPoll = clock.instant();
            return noUpdates(chain);
        }
        if (response.isSuccessful()) {
            if (conflicts.getAndSet(0) > 0 | failing.getAndSet(false)) {
                log.info("Telegram getUpdates works again");
            }
        } else {
            failing(response.code() == 401 ? "401 Unauthorized: the bot token was revoked? check TELEGRAM_BOT_TOKEN"
                    : "HTTP " + response.code());
        }
        return response;
    }

    /** Logs the start of an outage once; the library retries with back-off meanwhile. */
    private void failing(String reason) {
        if (failing.compareAndSet(false, true)) {
            log.warn("Telegram getUpdates failing ({}); polling keeps retrying with back-off", reason);
        }
    }

    private static Response noUpdates(Interceptor.Chain chain) {
        return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json")))
                .build();
    }

    private void stopSession() {
        if (sessionStopping != null) {
            sessionStopping.set(true);
        }
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.debug("closing the Telegram polling session failed: {}", redact(e));
            }
        }
        if (pollClient != null) {
            pollClient.dispatcher().cancelAll(); // frees a thread stuck in a hung long poll
            pollClient.dispatcher().executorService().shutdown();
        }
        if (pollThread != null) {
            pollThread.shutdown();
            try {
                if (!pollThread.awaitTermination(2, TimeUnit.SECONDS)) {
                    pollThread.shutdownNow(); // stuck handling an update: interrupt it
                }
            } catch (InterruptedException e) {
                pollThread.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        application = null;
        pollThread = null;
        pollClient = null;
    }

    private String redact(Exception e) {
        return String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                .replace(token, "<token>");
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        synchronized (this) {
            closed = true;
            stopSession();
        }
    }
}
