package dev.ide.app.faults;

import ch.qos.logback.classic.LoggerContext;
import dev.ide.app.LogSetup;
import dev.ide.app.Wiring;
import dev.ide.app.config.Settings;
import dev.ide.app.config.SettingsSource;
import dev.ide.app.console.ConsoleChannel;
import dev.ide.core.pipeline.Acceptance;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Run in a child JVM by {@link CrashRecoveryIT}: the whole bot from the environment's settings, the arguments
 * accepted as console messages one after another (as a user typing fast), the answers printed. Prints
 * {@code accepted N} once every message is persisted, so the test knows when to kill it.
 */
public final class CrashingBotMain {

    private CrashingBotMain() {
    }

    public static void main(String[] args) throws Exception {
        LogSetup.apply((LoggerContext) LoggerFactory.getILoggerFactory()); // production logging, not the tests'
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Settings settings = Settings.read(SettingsSource.of(System.getenv(), Optional.empty()));
        try (Wiring wiring = new Wiring(settings, Clock.system(settings.zone()))) {
            ConsoleChannel channel = new ConsoleChannel(out);
            List<Acceptance> accepted = new ArrayList<>();
            for (String text : args) {
                accepted.add(wiring.engine().pipeline().accept(Bot.message("console", text), channel));
            }
            out.println();
            out.println("accepted " + accepted.size());
            for (Acceptance acceptance : accepted) {
                acceptance.done().get();
            }
            channel.endLine();
        }
    }
}
