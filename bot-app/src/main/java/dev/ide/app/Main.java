package dev.ide.app;

import dev.ide.app.config.ConfigException;
import dev.ide.app.config.Settings;
import dev.ide.app.config.SettingsSource;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ide-bot}: run, console, ask, status (product §7). Exit 0 answered, 2 configuration error, 1 otherwise. */
@Command(name = "ide-bot", mixinStandardHelpOptions = true, version = "ide-bot 0.1.0",
        description = "이드 — a self-hosted personal assistant bot.",
        subcommands = {RunCommand.class, ConsoleCommand.class, AskCommand.class, StatusCommand.class})
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int CONFIG_ERROR = 2;

    @Option(names = "--config", paramLabel = "FILE", description = "a properties file with settings; "
            + "the environment wins", scope = CommandLine.ScopeType.INHERIT)
    Path config;

    final PrintStream out;
    final PrintStream err;
    final Map<String, String> environment;
    final Clock clock;

    Main(PrintStream out, PrintStream err, Map<String, String> environment, Clock clock) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.clock = clock;
    }

    public static void main(String[] args) {
        // H2's mixed mode (ask/status beside run) opens a TCP port; keep it on loopback.
        System.setProperty("h2.bindAddress", "127.0.0.1");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err, System.getenv(), Clock.systemDefaultZone());
        out.flush();
        System.exit(code);
    }

    /** Runs the command line; the seam for tests that call {@code ide-bot} in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
                          Clock clock) {
        CommandLine cli = new CommandLine(new Main(out, err, environment, clock));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof ConfigException) {
                err.println("configuration error: " + e.getMessage());
                return CONFIG_ERROR;
            }
            err.println("ide-bot failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return FAILED;
        });
        return cli.execute(args.length == 0 ? new String[] {"run"} : args);
    }

    /** Reads and validates the settings (environment over the optional file). */
    Settings settings() {
        return Settings.read(SettingsSource.of(environment, Optional.ofNullable(config)));
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(out);
        return OK;
    }
}
