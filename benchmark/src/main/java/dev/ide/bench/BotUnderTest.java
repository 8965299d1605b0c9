package dev.ide.bench;

import dev.ide.app.Wiring;
import dev.ide.app.config.Settings;
import dev.ide.app.config.SettingsSource;
import dev.ide.core.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import dev.ide.core.model.Role;

/**
 * The whole bot as {@code ide-bot} wires it (real H2 file database, embedded calendar, document index), in this
 * process, with two instant loopback models. Telegram settings are present only so that its allowlist exists;
 * no adapter is started.
 */
final class BotUnderTest implements AutoCloseable {

    static final String ALLOWED_TELEGRAM_USER = "1001";

    final InstantModel classifier = new InstantModel();
    final InstantModel reasoner = new InstantModel();
    final Path dataDir;
    final Wiring wiring;

    /** @param healthInterval the health loop's interval, as {@code ide-bot run} starts it */
    BotUnderTest(Duration healthInterval) {
        try {
            dataDir = Files.createTempDirectory("ide-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        wiring = new Wiring(Settings.read(SettingsSource.of(environment(classifier, reasoner, dataDir),
                Optional.empty())), Clock.systemDefaultZone());
        wiring.engine().startHealthLoop(healthInterval);
        awaitFirstHealthRound();
    }

    /** A running bot has finished its first health round long before most messages; so does the benchmark. */
    private void awaitFirstHealthRound() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (wiring.engine().registry().lastCheckedAt(Role.REASONER).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            LockSupport.parkNanos(5_000_000);
        }
    }

    /** The settings a benchmark bot runs with, as environment variables. */
    static Map<String, String> environment(InstantModel classifier, InstantModel reasoner, Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("EXAONE_BASE_URL", classifier.baseUrl());
        env.put("REASONING_BASE_URL", reasoner.baseUrl());
        env.put("DATA_DIR", dataDir.toString());
        env.put("DOCUMENTS_DIR", dataDir.resolve("documents").toString());
        env.put("EXAONE_TIMEOUT", "30");
        env.put("REASONING_TIMEOUT", "60");
        env.put("TELEGRAM_BOT_TOKEN", "123456:bench-token");
        env.put("TELEGRAM_ALLOWED_USERS", ALLOWED_TELEGRAM_USER);
        return env;
    }

    Pipeline pipeline() {
        return wiring.engine().pipeline();
    }

    long modelCalls() {
        return classifier.completions() + reasoner.completions();
    }

    @Override
    public void close() {
        wiring.close();
        classifier.close();
        reasoner.close();
        Dirs.deleteQuietly(dataDir);
    }
}
