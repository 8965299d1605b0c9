package dev.ide.app;

import dev.ide.core.testing.FakeModelServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code ide-bot} in this JVM as a user would ({@link Main#run}), capturing what it prints. */
final class Cli {

    /** Exit status, standard output (stripped), standard error, and how long the command took. */
    record Result(int exit, String out, String err, Duration took) {
    }

    private Cli() {
    }

    static Result run(Map<String, String> env, Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, clock);
        return new Result(exit, out.toString(StandardCharsets.UTF_8).strip(), err.toString(StandardCharsets.UTF_8),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The settings of a bot whose models are these fakes and whose data (and documents) live in the folder. */
    static Map<String, String> environment(FakeModelServer classifier, FakeModelServer reasoner, Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("EXAONE_BASE_URL", classifier.baseUrl());
        env.put("REASONING_BASE_URL", reasoner.baseUrl());
        env.put("DATA_DIR", dataDir.toString());
        env.put("DOCUMENTS_DIR", dataDir.resolve("docs").toString());
        return env;
    }
}
