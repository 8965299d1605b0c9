package dev.ide.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End to end through Telegram: {@code ide-bot run} long-polls a loopback Bot API, instant models answer; the time
 * from a message being made available to getUpdates until its sendMessage arrives, one message at a time, and the
 * CPU time of the whole bot process per message. Also start-up to ready (the first getUpdates) and the first answer
 * after it, for the very first start (it creates the database) and for a restart.
 */
final class TelegramEndToEnd {

    record Start(double readyMs, double firstAnswerMs) {
    }

    record Result(Start first, Start restart, Stats latency, double cpuMsPerMessage, int messages) {
    }

    private final AtomicLong tags = new AtomicLong(1);

    Result measure(Path home, int warmup, int messages) throws Exception {
        try (InstantModel classifier = new InstantModel(); InstantModel reasoner = new InstantModel()) {
            classifier.replying(a -> "{\"action\":\"direct\",\"response\":\"안녕하세요! #b"
                    + InstantModel.lastTag(a.lastUser()) + "\"}");
            Path data = Dirs.temp("ide-bench-tg-");
            try {
                Start first;
                try (FakeBotApi api = new FakeBotApi(); Child bot = start(home, classifier, reasoner, api, data)) {
                    first = new Start((api.firstPoll().get() - bot.startedAt) / 1e6, one(api) / 1e6);
                    bot.stop();
                }
                try (FakeBotApi api = new FakeBotApi((int) tags.get());
                     Child bot = start(home, classifier, reasoner, api, data)) {
                    Start restart = new Start((api.firstPoll().get() - bot.startedAt) / 1e6, one(api) / 1e6);
                    for (int i = 0; i < warmup; i++) {
                        one(api);
                    }
                    long cpuBefore = bot.cpuMillis();
                    long[] samples = new long[messages];
                    for (int i = 0; i < messages; i++) {
                        samples[i] = one(api);
                    }
                    long cpu = bot.cpuMillis() - cpuBefore;
                    bot.stop();
                    return new Result(first, restart, Stats.of(samples), (double) cpu / messages, messages);
                }
            } finally {
                Dirs.deleteQuietly(data);
            }
        }
    }

    /** {@code ide-bot run} with a Telegram token, as a user starts it; returns once it polls. */
    private static Child start(Path home, InstantModel classifier, InstantModel reasoner, FakeBotApi api, Path data)
            throws Exception {
        Map<String, String> env = BotUnderTest.environment(classifier, reasoner, data);
        env.put("TELEGRAM_API_URL", api.url());
        env.put("IDE_LOG_LEVEL", "INFO");
        Child child = Child.start(home, List.of("run"), env, data.resolve("run.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !api.firstPoll().isDone()) {
            Thread.sleep(5);
        }
        if (!api.firstPoll().isDone()) {
            child.close();
            throw new IllegalStateException("the Telegram bot never polled; see " + data.resolve("run.log"));
        }
        return child;
    }

    /** One message; nanoseconds from available to getUpdates until its sendMessage arrived. */
    private long one(FakeBotApi api) throws Exception {
        long tag = tags.getAndIncrement();
        long available = System.nanoTime();
        long arrived = api.deliver("안녕 이드야 #b" + tag, tag).get(60, TimeUnit.SECONDS);
        return arrived - available;
    }
}
