package dev.ide.app;

import dev.ide.app.config.ConfigException;
import dev.ide.app.config.Settings;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.pipeline.Allowlist;
import dev.ide.core.pipeline.Pipeline;
import dev.ide.slack.SlackBot;
import dev.ide.slack.SlackSettings;
import dev.ide.telegram.TelegramBot;
import dev.ide.telegram.TelegramSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The chat platforms this process serves, started from the settings; then interrupted jobs are resumed. */
final class Adapters implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Adapters.class);

    private final List<AutoCloseable> running;
    private final List<String> names;

    private Adapters(List<AutoCloseable> running, List<String> names) {
        this.running = running;
        this.names = names;
    }

    static Adapters start(Wiring wiring) {
        Settings settings = wiring.settings();
        Pipeline pipeline = wiring.engine().pipeline();
        List<AutoCloseable> running = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<Platform, Function<IncomingMessage, Optional<ReplyChannel>>> channels = new EnumMap<>(Platform.class);
        try {
            settings.telegram().ifPresent(t -> {
                warnIfNobodyAllowed("TELEGRAM_ALLOWED_USERS", t.allowedUsers());
                TelegramBot bot = new TelegramBot(telegramSettings(t), pipeline::accept,
                        new Allowlist(Map.of(Platform.TELEGRAM, t.allowedUsers())), wiring.clock());
                running.add(bot);
                bot.start();
                channels.put(Platform.TELEGRAM, bot::replyChannelFor);
                names.add(t.webhookUrl().isPresent() ? "Telegram webhook" : "Telegram long polling");
            });
            settings.slack().ifPresent(s -> {
                warnIfNobodyAllowed("SLACK_ALLOWED_USERS", s.allowedUsers());
                SlackSettings slackSettings = SlackSettings.of(s.botToken(), s.appToken().orElse(null),
                                s.signingSecret().orElse(null))
                        .withPort("0.0.0.0", s.port())
                        .withSlashCommand(s.command());
                if (s.apiUrl().isPresent()) {
                    slackSettings = slackSettings.withApiUrl(s.apiUrl().get() + "/");
                }
                SlackBot bot = new SlackBot(slackSettings, pipeline::accept, wiring.clock());
                running.add(bot);
                bot.start();
                channels.put(Platform.SLACK, bot::channelFor);
                names.add(s.appToken().isPresent() ? "Slack Socket Mode" : "Slack HTTP on port " + s.port());
            });
        } catch (IllegalArgumentException e) {
            closeAll(running);
            throw new ConfigException(e.getMessage() == null ? "a Telegram or Slack setting" : e.getMessage(),
                    e.getMessage() == null ? "is invalid" : "");
        } catch (RuntimeException e) {
            closeAll(running);
            throw e;
        }
        int resumed = pipeline.recover(m -> channels.getOrDefault(m.platform(), x -> Optional.empty()).apply(m));
        if (resumed > 0) {
            log.info("resumed {} interrupted jobs", resumed);
        }
        return new Adapters(running, names);
    }

    private static TelegramSettings telegramSettings(Settings.Telegram t) {
        TelegramSettings settings = TelegramSettings.polling(t.token(), URI.create(t.apiUrl()));
        if (t.webhookUrl().isPresent()) {
            settings = settings.withWebhook(new TelegramSettings.Webhook(URI.create(t.webhookUrl().get()),
                    t.webhookSecret().orElseThrow(), "0.0.0.0", t.webhookPort()));
        }
        return settings;
    }

    private static void warnIfNobodyAllowed(String setting, Set<String> allowed) {
        if (allowed.isEmpty()) {
            log.warn("{} is empty: everyone is refused (default-deny); refused user ids are logged", setting);
        }
    }

    boolean isEmpty() {
        return running.isEmpty();
    }

    String describe() {
        return String.join(", ", names);
    }

    @Override
    public void close() {
        closeAll(running);
    }

    private static void closeAll(List<AutoCloseable> adapters) {
        for (AutoCloseable adapter : adapters) {
            try {
                adapter.close();
            } catch (Exception e) {
                log.warn("closing an adapter failed: {}", e.getClass().getSimpleName());
            }
        }
    }
}
