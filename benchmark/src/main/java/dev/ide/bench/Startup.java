package dev.ide.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Start-up of {@code ide-bot ask TEXT} as a new process: "ready" is when the process, having read its settings,
 * opened the database and the document index and built the engine, asks the classifier (the first moment it can
 * answer anything); "first answer" is from then until the reply is on its standard output; "exit" is the whole run.
 * The first run creates the database (cold); the others reopen it (warm).
 */
final class Startup {

    record Run(double readyMs, double answerMs, double exitMs) {
    }

    record Result(Run cold, Run warmMedian, List<String> jvmOptions) {
    }

    static Result measure(Path home, int warmRuns) throws Exception {
        try (InstantModel classifier = new InstantModel(); InstantModel reasoner = new InstantModel()) {
            AtomicLong askedAt = new AtomicLong();
            classifier.replying(a -> {
                askedAt.compareAndSet(0, System.nanoTime());
                return "{\"action\":\"direct\",\"response\":\"안녕하세요! 이드예요.\"}";
            });
            Path data = Dirs.temp("ide-bench-start-");
            try {
                Map<String, String> env = BotUnderTest.environment(classifier, reasoner, data);
                env.remove("TELEGRAM_BOT_TOKEN");
                env.remove("TELEGRAM_ALLOWED_USERS");
                Run cold = once(home, env, askedAt, data);
                List<Run> warm = new ArrayList<>();
                for (int i = 0; i < warmRuns; i++) {
                    warm.add(once(home, env, askedAt, data));
                }
                return new Result(cold, median(warm), Child.launcherOptions(home));
            } finally {
                Dirs.deleteQuietly(data);
            }
        }
    }

    private static Run once(Path home, Map<String, String> env, AtomicLong askedAt, Path data)
            throws Exception {
        askedAt.set(0);
        try (Child child = Child.start(home, List.of("ask", "안녕"), env,
                data.resolve("stderr.log"))) {
            String line = child.nextLine(60);
            long replied = System.nanoTime();
            if (line == null || !line.contains("이드예요")) {
                throw new IllegalStateException("ide-bot ask gave no answer (see " + data.resolve("stderr.log") + ")");
            }
            child.process.waitFor();
            long exited = System.nanoTime();
            long ready = askedAt.get();
            return new Run((ready - child.startedAt) / 1e6, (replied - ready) / 1e6, (exited - child.startedAt) / 1e6);
        }
    }

    private static Run median(List<Run> runs) {
        List<Double> r = new ArrayList<>();
        List<Double> a = new ArrayList<>();
        List<Double> e = new ArrayList<>();
        for (Run run : runs) {
            r.add(run.readyMs());
            a.add(run.answerMs());
            e.add(run.exitMs());
        }
        Collections.sort(r);
        Collections.sort(a);
        Collections.sort(e);
        int m = runs.size() / 2;
        return new Run(r.get(m), a.get(m), e.get(m));
    }

    private Startup() {
    }
}
