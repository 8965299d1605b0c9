package dev.ide.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.pipeline.Allowlist;
import dev.ide.core.text.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram adapter the app starts and stops. {@link #start()} learns who the bot is (getMe), then receives
 * updates by long polling or, when configured, by webhook while it registers the command menu; every user event goes
 * to the {@link Inbox} and core's answers come back through a {@link TelegramReplyChannel}.
 *
 * <pre>{@code
 * TelegramBot telegram = new TelegramBot(settings, pipeline::accept, allowlist, clock);
 * telegram.start();
 * pipeline.recover(telegram::replyChannelFor);   // resume jobs a crash interrupted
 * ...
 * telegram.close();
 * }</pre>
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<String> UPDATE_TYPES = List.of("message", "callback_query");

    private final TelegramSettings settings;
    private final Clock clock;
    private final TelegramUrl url;
    private final OkHttpClient http;
    private final TelegramClient client;
    private final FloodControl flood;
    private final ApiCaller api;
    private final ObjectMapper requestJson;
    private final ExecutorService io = Executors.newFixedThreadPool(2, Threads.named("telegram-io"));
    private final TypingKeeper typing;
    private final UpdateHandler handler;
    private volatile BotIdentity identity;
    private Poller poller;
    private WebhookServer webhook;

    public TelegramBot(TelegramSettings settings, Inbox inbox, Allowlist allowlist, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.identity = new BotIdentity(0, settings.botUsername());
        this.url = TelegramUrl.builder().schema(settings.apiUrl().getScheme()).host(settings.apiUrl().getHost())
                .port(settings.apiPort()).testServer(false).build();
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
        this.requestJson = new ObjectMapper();
        this.client = new OkHttpTelegramClient(requestJson, http, settings.token(), url);
        this.flood = new FloodControl(clock, settings.timing().editsPerMinute(), settings.timing().editBurst());
        this.api = new ApiCaller(client, flood, settings.timing(), d -> Thread.sleep(d.toMillis()), settings.token());
        this.typing = new TypingKeeper(settings.timing().typingEvery(), settings.timing().typingAtMost(), clock);
        this.handler = new UpdateHandler(inbox, allowlist, () -> identity, this::channel, api, io, clock);
    }

    /**
     * Connects to Telegram and starts receiving. Fails only when Telegram refuses the token; network trouble is
     * logged and retried in the background.
     */
    public synchronized void start() {
        TelegramWarmUp.start(io, requestJson);
        learnIdentity();
        io.execute(this::registerCommands); // only the command menu: receiving need not wait for it
        if (settings.webhook() != null) {
            startWebhook(settings.webhook());
        } else {
            poller = new Poller(settings.token(), url, http, handler, settings.timing(), clock);
            poller.start();
        }
    }

    /** A reply channel for a stored message (to resume interrupted jobs), or empty when it is not Telegram's. */
    public Optional<ReplyChannel> replyChannelFor(IncomingMessage stored) {
        if (stored.platform() != Platform.TELEGRAM) {
            return Optional.empty();
        }
        try {
            Integer thread = stored.threadId() == null ? null : Integer.valueOf(stored.threadId());
            return Optional.of(channel(stored.chatId(), thread));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The local port of the webhook server, when in webhook mode. */
    public Optional<Integer> webhookPort() {
        return Optional.ofNullable(webhook).map(WebhookServer::port);
    }

    /** The @username Telegram reported, or the configured one. */
    public Optional<String> username() {
        return Optional.ofNullable(identity.username());
    }

    private TelegramReplyChannel channel(String chatId, Integer threadId) {
        return new TelegramReplyChannel(chatId, threadId, api, flood, typing);
    }

    private void learnIdentity() {
        ApiCaller.Outcome<User> me = api.call(new GetMe(), ApiCaller.On429.WAIT_AND_RETRY);
        if (me.ok()) {
            identity = new BotIdentity(me.value().getId(), me.value().getUserName());
            log.info("Telegram bot @{} (id {}) connecting", identity.username(), identity.id());
        } else if (me.errorCode() == 401 || me.errorCode() == 404) {
            throw new IllegalStateException("Telegram refused the bot token (" + me.errorCode()
                    + "): check TELEGRAM_BOT_TOKEN" + (settings.apiUrl().equals(TelegramSettings.PUBLIC_API) ? ""
                    : " and TELEGRAM_API_URL"));
        } else {
            log.warn("could not ask Telegram who this bot is ({}); group mentions are recognised by the configured "
                    + "username ({}) until a restart", me.description(), identity.username());
        }
    }

    private void registerCommands() {
        List<BotCommand> commands = List.of(
                new BotCommand("start", Msg.TG_COMMAND_START.text()),
                new BotCommand("help", Msg.TG_COMMAND_HELP.text()),
                new BotCommand("status", Msg.TG_COMMAND_STATUS.text()),
                new BotCommand("reset", Msg.TG_COMMAND_RESET.text()),
                new BotCommand("cancel", Msg.TG_COMMAND_CANCEL.text()));
        ApiCaller.Outcome<Boolean> outcome = api.call(SetMyCommands.builder().commands(commands).build(),
                ApiCaller.On429.WAIT_AND_RETRY);
        if (!outcome.ok()) {
            log.warn("the Telegram command menu was not registered: {}", outcome.description());
        }
    }

    private void startWebhook(TelegramSettings.Webhook config) {
        try {
            webhook = new WebhookServer(config, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for the Telegram webhook on " + config.bindHost() + ":"
                    + config.port(), e);
        }
        webhook.start();
        SetWebhook request = SetWebhook.builder().url(config.publicUrl().toString()).secretToken(config.secret())
                .allowedUpdates(UPDATE_TYPES).build();
        Duration wait = settings.timing().retryBase();
        for (int attempt = 1; attempt <= settings.timing().attempts(); attempt++) {
            try {
                client.execute(request);
                log.info("Telegram webhook set to {}", config.publicUrl());
                return;
            } catch (TelegramApiException e) {
                log.warn("setWebhook failed (attempt {}): {}", attempt, api.redact(e.getMessage()));
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wait = wait.multipliedBy(2);
        }
        log.error("Telegram webhook could not be set to {}: no updates will arrive until it is", config.publicUrl());
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.close();
        }
        if (webhook != null) {
            webhook.close();
        }
        typing.close();
        io.shutdown();
        try {
            io.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
