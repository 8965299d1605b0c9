package dev.ide.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot process started the way a user starts it: through the {@code ./ide-bot} launcher, which execs {@code java}
 * with its JVM options and class-data archive (so the process id is the JVM's). Its standard output arrives line by
 * line in a queue; memory and CPU come from {@code /proc}.
 */
final class Child implements AutoCloseable {

    private static final Pattern LAUNCHER_OPTS = Pattern.compile("\\$\\{IDE_JAVA_OPTS:-([^}]*)}");

    final Process process;
    final long startedAt;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private Child(Process process, long startedAt) {
        this.process = process;
        this.startedAt = startedAt;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** The JVM options {@code ./ide-bot} uses (its default, or {@code IDE_JAVA_OPTS} when set). */
    static List<String> launcherOptions(Path home) {
        String override = System.getenv("IDE_JAVA_OPTS");
        if (override != null && !override.isBlank()) {
            return List.of(override.trim().split("\\s+"));
        }
        try {
            Matcher m = LAUNCHER_OPTS.matcher(Files.readString(home.resolve("ide-bot")));
            if (m.find()) {
                return List.of(m.group(1).trim().split("\\s+"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ./ide-bot launcher", e);
        }
        throw new IllegalStateException("no JVM options found in ./ide-bot");
    }

    /** {@code ./ide-bot <args...>} with this environment added; stderr goes to a log file. */
    static Child start(Path home, List<String> args, Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("ide-bot").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(env);
        builder.environment().putIfAbsent("IDE_LOG_LEVEL", "WARN");
        long t0 = System.nanoTime();
        return new Child(builder.start(), t0);
    }

    String nextLine(long timeoutSeconds) throws InterruptedException {
        return lines.poll(timeoutSeconds, TimeUnit.SECONDS);
    }

    void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** A line of /proc/<pid>/status in kB, e.g. VmRSS or VmHWM. */
    long statusKb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException(field + " not found");
    }

    /** User plus system CPU time of the process so far, in milliseconds (clock ticks of 10 ms). */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields after the command: state is index 0, utime 11, stime 12 (man 5 proc, fields 14 and 15)
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    /** Asks the process to end (SIGTERM, as Ctrl-C or a service manager does) and waits for it. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    static String describe(List<String> options) {
        return String.join(" ", options);
    }

    static List<String> args(String... args) {
        return Arrays.asList(args);
    }
}
