package dev.ide.bench;

import dev.ide.app.Wiring;
import dev.ide.app.config.Settings;
import dev.ide.app.config.SettingsSource;
import dev.ide.core.message.Platform;
import dev.ide.core.pipeline.Allowlist;
import dev.ide.telegram.TelegramBot;
import dev.ide.telegram.TelegramSettings;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bot with its Telegram adapter, long polling, as its own process: what {@code ide-bot run} does with Telegram
 * configured (settings from the environment, the composition root, the health loop, the adapter). Used by the
 * end-to-end benchmark while {@code ide-bot run} does not start the adapter yet. Runs until standard input closes.
 */
public final class TelegramBotProcess {

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.read(SettingsSource.of(System.getenv(), Optional.empty()));
        Settings.Telegram t = settings.telegram().orElseThrow(() -> new IllegalStateException(
                "TELEGRAM_BOT_TOKEN is not set"));
        Clock clock = Clock.systemDefaultZone();
        try (Wiring wiring = new Wiring(settings, clock)) {
            wiring.engine().startHealthLoop(settings.healthInterval());
            TelegramBot telegram = new TelegramBot(TelegramSettings.polling(t.token(), URI.create(t.apiUrl())),
                    wiring.engine().pipeline()::accept, new Allowlist(Map.of(Platform.TELEGRAM,
                    Set.copyOf(t.allowedUsers()))), clock);
            try (telegram) {
                telegram.start();
                wiring.engine().pipeline().recover(telegram::replyChannelFor);
                while (System.in.read() >= 0) {
                    // runs until the benchmark closes our standard input
                }
            }
        }
        System.exit(0);
    }

    private TelegramBotProcess() {
    }
}
