package dev.ide.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.ReplyChannel;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter the app starts and stops. Socket Mode when an app token is set (no public URL needed),
 * otherwise the HTTP Events API on the configured port with Bolt's signature verification. Incoming events go to
 * the {@link Inbox}; answers go out through reply channels that speak the Web API.
 *
 * <p>Threads: Bolt's HTTP or WebSocket threads run the listeners, which only persist and acknowledge; core's job
 * queue runs the answers and calls the reply channels, which block while a Web API call is retried.
 */
public final class SlackBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);

    private final SlackSettings settings;
    private final Slack slack;
    private final App app;
    private final SlackWebApi api;
    /** Replies the adapter makes itself (a message that could not be taken), off Bolt's acknowledging threads. */
    private final ExecutorService replies = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "slack-replies");
        t.setDaemon(true);
        return t;
    });
    private HttpEventsServer http;
    private SocketModeApp socketMode;

    public SlackBot(SlackSettings settings, Inbox inbox, Clock clock) {
        this(settings, inbox, clock, Retrying.Sleeper.REAL);
    }

    SlackBot(SlackSettings settings, Inbox inbox, Clock clock, Retrying.Sleeper sleeper) {
        this.settings = settings;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false); // the SDK's metrics would start background threads for nothing
        this.slack = Slack.getInstance(config);
        this.api = new SlackWebApi(slack, settings.botToken(), new Retrying(sleeper), new FloodControl(clock));
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                // Socket Mode needs no signature; HTTP mode always verifies one.
                .signingSecret(settings.socketMode() ? null : settings.signingSecret())
                // Our listeners drop bot messages themselves (by bot_id), which needs no users:read scope.
                .ignoringSelfEventsEnabled(false)
                // Events we do not handle (subtyped messages, edits, deletions) are acknowledged, not retried.
                .allEventsApiAutoAckEnabled(true)
                .build());
        new SlackListeners(inbox, api, settings.slashCommand(), clock, replies).register(app);
    }

    /** Checks the bot token (auth.test) and starts listening. Throws with a clear message when it cannot. */
    public void start() {
        try {
            app.start();
            if (settings.socketMode()) {
                checkAppToken();
                socketMode = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
                socketMode.startAsync();
                log.info("Slack connected in Socket Mode");
            } else {
                http = new HttpEventsServer(app, settings.bindHost(), settings.port());
                http.start();
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            IOException network = unreachable();
            if (network != null) {
                // Bolt reports an auth.test that never reached Slack as "The token is invalid": it is not.
                throw new IllegalStateException("Slack could not start: Slack cannot be reached ("
                        + network.getClass().getSimpleName() + "); check the network"
                        + (settings.apiUrl().equals(SlackSettings.DEFAULT_API_URL) ? "" : " and SLACK_API_URL"), e);
            }
            // Bolt's message for a rejected bot token names the auth.test error, never the token.
            throw new IllegalStateException("Slack could not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Slack could not start: " + e.getClass().getSimpleName() + " "
                    + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Slack could not start: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Bolt's start failed: asks auth.test once more to tell "Slack unreachable" from "token refused". */
    private IOException unreachable() {
        try {
            slack.methods().authTest(r -> r.token(settings.botToken()));
            return null;
        } catch (IOException e) {
            return e;
        } catch (SlackApiException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Bolt reports a refused app token only as a failed connection; asking apps.connections.open once first turns
     * it into a sentence that names the setting.
     */
    private void checkAppToken() throws IOException, SlackApiException {
        AppsConnectionsOpenResponse open = slack.methods().appsConnectionsOpen(r -> r.token(settings.appToken()));
        if (!open.isOk()) {
            throw new IllegalStateException("Slack refused SLACK_APP_TOKEN (apps.connections.open: "
                    + open.getError() + "); it must be an app-level token with connections:write");
        }
    }

    /**
     * A reply channel for a message stored before a restart (core's recovery): the same channel and thread.
     * Empty for other platforms.
     */
    public Optional<ReplyChannel> channelFor(IncomingMessage message) {
        if (message.platform() != Platform.SLACK) {
            return Optional.empty();
        }
        return Optional.of(new SlackReplyChannel(api, message.chatId(), message.threadId(), settings.slashCommand()));
    }

    /** The port the HTTP Events API listens on (useful when configured as 0); -1 in Socket Mode. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    @Override
    public void close() {
        if (http != null) {
            http.close();
        }
        if (socketMode != null) {
            try {
                socketMode.close();
            } catch (Exception e) {
                log.warn("closing the Socket Mode connection failed: {}", e.getClass().getSimpleName());
            }
        }
        app.stop();
        replies.shutdown();
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("closing the Slack client failed", e);
        }
    }
}
