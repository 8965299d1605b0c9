package dev.ide.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./bench}: measures 이드's own cost with instant loopback models and prints the table of issue 8. Sections
 * can be picked by name ({@code ./bench overhead calls}); {@code --quick} runs fewer messages.
 */
public final class Bench {

    private static final List<String> ALL = List.of("overhead", "calls", "health", "first-text", "telegram",
            "startup", "memory");

    private final PrintStream out;
    private final Path home;
    private final boolean quick;

    private Bench(PrintStream out, Path home, boolean quick) {
        this.out = out;
        this.home = home;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        boolean quick = false;
        List<String> sections = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (ALL.contains(arg)) {
                sections.add(arg);
            } else {
                System.err.println("usage: ./bench [--quick] [" + String.join("|", ALL) + "]...");
                System.exit(2);
            }
        }
        Path home = Path.of(System.getProperty("ide.home", ".")).toAbsolutePath().normalize();
        new Bench(out, home, quick).run(sections.isEmpty() ? ALL : sections);
        System.exit(0);
    }

    private void run(List<String> sections) throws Exception {
        out.println("# 이드 benchmark" + (quick ? " (--quick)" : ""));
        out.println();
        out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + memTotal() + ", Java " + System.getProperty("java.vm.version") + " ("
                + System.getProperty("java.vm.name") + "); bench JVM: "
                + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.println();
        for (String section : sections) {
            long t0 = System.nanoTime();
            String loadBefore = loadAverage();
            switch (section) {
                case "overhead" -> overhead();
                case "calls" -> calls();
                case "health" -> health();
                case "first-text" -> firstText();
                case "telegram" -> telegram();
                case "startup" -> startup();
                case "memory" -> memory();
                default -> throw new IllegalArgumentException(section);
            }
            // Other processes on the machine show in every tail: say how busy it was.
            out.printf("_Machine load (1-minute load average) before / after this section: %s / %s._%n%n",
                    loadBefore, loadAverage());
            System.err.printf("bench: %s took %.0f s%n", section, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void overhead() throws Exception {
        int scale = quick ? 4 : 1;
        try (BotUnderTest bot = new BotUnderTest(Duration.ofSeconds(30))) {
            Overhead overhead = new Overhead(bot);
            // Warm-up: the JIT compiles the hot paths; these figures are thrown away.
            overhead.measure(Overhead.Kind.DIRECT, 16, 4000 / scale);
            overhead.measure(Overhead.Kind.TOOLS, 16, 1000 / scale);
            overhead.measure(Overhead.Kind.ROUTE, 16, 1000 / scale);
            out.println("## Pipeline overhead per message (instant models; fake model time subtracted; real H2 file)");
            out.println();
            out.println("Each conversation sends its next message when the previous one is answered: either at once "
                    + "(saturated: the bot is never idle, so latency is mostly waiting behind the other conversations) "
                    + "or after about a second (paced: 64 conversations ≈ 64 messages/s).");
            out.println();
            out.println("| path | conversations | load | messages | overhead p50 ms | p99 ms | max ms | latency p50 ms "
                    + "| messages/s | failed |");
            out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
            for (Overhead.Kind kind : Overhead.Kind.values()) {
                for (int c : new int[] {1, 16, 64}) {
                    for (Duration pause : c == 1 ? List.of(Duration.ZERO)
                            : List.of(Duration.ofSeconds(1), Duration.ZERO)) {
                        int n = (kind == Overhead.Kind.DIRECT ? 4000 : 2000) / scale;
                        if (c == 1) {
                            n /= 4;
                        }
                        if (!pause.isZero()) {
                            n = c * (quick ? 4 : 12);
                        }
                        Overhead.Result r = overhead.measure(kind, c, n, pause);
                        out.printf("| %s | %d | %s | %d | %s | %s | %s | %s | %.0f | %d |%n", kind.label, c,
                                pause.isZero() ? "saturated" : "paced ~1/s each", r.overhead().count(),
                                Stats.ms(r.overhead().p(0.5)), Stats.ms(r.overhead().p(0.99)),
                                Stats.ms(r.overhead().max()), Stats.ms(r.latency().p(0.5)), r.perSecond(),
                                r.failures());
                    }
                }
            }
            out.println();
            Overhead.Result sustained = overhead.measure(Overhead.Kind.DIRECT, 64, 20000 / scale);
            out.printf("**Throughput**: %.0f messages/s sustained over %d direct messages in 64 conversations "
                    + "(accept → persist → classify → reply → history, H2 file database), %d failed.%n%n",
                    sustained.perSecond(), sustained.overhead().count(), sustained.failures());
        }
    }

    private void calls() throws Exception {
        try (BotUnderTest bot = new BotUnderTest(Duration.ofSeconds(30))) {
            out.println("## Model calls per message (chat completions at both fakes)");
            out.println();
            out.println("| path | calls | allowed | ok |");
            out.println("|---|---:|---|---|");
            for (ModelCalls.Row row : new ModelCalls(bot).measure()) {
                out.printf("| %s | %d | %s | %s |%n", row.path(), row.calls(), row.expected(), row.ok() ? "yes" : "NO");
            }
            out.println();
        }
    }

    private void health() throws Exception {
        out.println("## Health traffic per backend per hour (healthy backends, HEALTH_INTERVAL 30 s)");
        out.println();
        out.println("| backend | rounds observed | GET /v1/models | GET /status | completions | total |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (boolean statusApi : new boolean[] {true, false}) {
            HealthTraffic.Result r = HealthTraffic.measure(statusApi, Duration.ofSeconds(quick ? 2 : 4));
            out.printf("| %s | %d | %.0f | %.0f | %.0f | %.0f |%n",
                    statusApi ? "with /status API" : "without /status (404)", r.rounds(), r.healthPerHour(),
                    r.statusPerHour(), r.completionsPerHour(),
                    r.healthPerHour() + r.statusPerHour() + r.completionsPerHour());
        }
        out.println();
    }

    private void firstText() throws Exception {
        FirstText.Result r = FirstText.measure(200, Duration.ofMillis(20));
        out.println("## Time to first visible text, routed answer (reasoner streams " + r.tokens() + " tokens, one every "
                + r.interval().toMillis() + " ms)");
        out.println();
        out.println("| reply | first visible text after the reasoner's first token |");
        out.println("|---|---:|");
        out.printf("| streamed (Telegram limits: edits ≤ 1/s) | %.0f ms (whole answer shown %.0f ms after) |%n",
                r.streamedMs(), r.streamedDoneMs());
        out.printf("| unstreamed (whole answer at once) | %.0f ms |%n%n", r.unstreamedMs());
    }

    private void telegram() throws Exception {
        TelegramEndToEnd.Result r = new TelegramEndToEnd().measure(home, quick ? 50 : 200,
                quick ? 100 : 500);
        out.println("## End to end through Telegram (loopback Bot API, long polling, instant models)");
        out.println();
        out.println("process: `./ide-bot run` with a Telegram token (its JVM options and class-data archive)");
        out.println();
        out.println("| messages | median ms | p99 ms | max ms | CPU ms per message (whole process) |");
        out.println("|---:|---:|---:|---:|---:|");
        out.printf("| %d | %s | %s | %s | %.1f |%n%n", r.messages(), Stats.ms(r.latency().p(0.5)),
                Stats.ms(r.latency().p(0.99)), Stats.ms(r.latency().max()), r.cpuMsPerMessage());
        out.println("| start | to ready (first getUpdates) ms | first answer after ready ms |");
        out.println("|---|---:|---:|");
        out.printf("| first start (creates the database) | %.0f | %.0f |%n", r.first().readyMs(),
                r.first().firstAnswerMs());
        out.printf("| restart | %.0f | %.0f |%n%n", r.restart().readyMs(), r.restart().firstAnswerMs());
    }

    private void startup() throws Exception {
        Startup.Result r = Startup.measure(home, quick ? 2 : 5);
        out.println("## Start-up of `./ide-bot ask 안녕` (new process; the launcher adds its class-data archive and, for "
                + "ask, -XX:TieredStopAtLevel=1 to: " + Child.describe(r.jvmOptions()) + ")");
        out.println();
        out.println("| run | to ready (first classifier call) ms | first answer after ready ms | process exit ms |");
        out.println("|---|---:|---:|---:|");
        out.printf("| cold (creates the database) | %.0f | %.0f | %.0f |%n", r.cold().readyMs(), r.cold().answerMs(),
                r.cold().exitMs());
        out.printf("| warm (median) | %.0f | %.0f | %.0f |%n%n", r.warmMedian().readyMs(), r.warmMedian().answerMs(),
                r.warmMedian().exitMs());
    }

    private void memory() throws Exception {
        Memory.Result r = Memory.measure(home, 10_000, 1_000);
        out.println("## Resident memory (`./ide-bot console`)");
        out.println();
        out.println("| history turns | indexed documents | VmRSS MB | VmHWM (peak) MB |");
        out.println("|---:|---:|---:|---:|");
        out.printf("| %d | %d | %.0f | %.0f |%n%n", r.turns(), r.documents(), r.rssKb() / 1024.0,
                r.peakKb() / 1024.0);
    }

    private Path botJar() {
        return existing(home.resolve("bot-app/target/ide-bot.jar"));
    }

    private Path benchJar() {
        return existing(home.resolve("benchmark/target/ide-bench.jar"));
    }

    private static Path existing(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./bench (it builds it)");
        }
        return jar;
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GB RAM";
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "unknown RAM";
    }
}
