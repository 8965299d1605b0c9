package dev.ide.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End to end through Telegram: a bot process long-polls a loopback Bot API, instant models answer; the time from a
 * message being made available to getUpdates until its sendMessage arrives, one message at a time, and the CPU time
 * of the whole bot process per message. Also start-up to ready (the first getUpdates) and the first answer after it.
 * The bot is {@code ide-bot run} with a Telegram token, as a user starts it.
 */
final class TelegramEndToEnd {

    record Result(String process, double readyMs, double firstAnswerMs, Stats latency, double cpuMsPerMessage,
                  int messages) {
    }

    private final AtomicLong tags = new AtomicLong(1);

    Result measure(Path home, int warmup, int messages) throws Exception {
        try (InstantModel classifier = new InstantModel(); InstantModel reasoner = new InstantModel();
             FakeBotApi api = new FakeBotApi()) {
            classifier.replying(a -> "{\"action\":\"direct\",\"response\":\"안녕하세요! #b"
                    + InstantModel.lastTag(a.lastUser()) + "\"}");
            Path data = Dirs.temp("ide-bench-tg-");
            try {
                Map<String, String> env = BotUnderTest.environment(classifier, reasoner, data);
                env.put("TELEGRAM_API_URL", api.url());
                env.put("IDE_LOG_LEVEL", "INFO");
                String process = "ide-bot run";
                Child child = Child.start(home, List.of("run"), env, data.resolve("run.log"));
                if (!pollsWithin(api, 60)) {
                    child.close();
                    throw new IllegalStateException("the Telegram bot never polled; see " + data.resolve("run.log"));
                }
                try (Child bot = child) {
                    double ready = (api.firstPoll().get() - bot.startedAt) / 1e6;
                    double first = one(api) / 1e6;
                    for (int i = 0; i < warmup; i++) {
                        one(api);
                    }
                    long cpuBefore = bot.cpuMillis();
                    long[] samples = new long[messages];
                    for (int i = 0; i < messages; i++) {
                        samples[i] = one(api);
                    }
                    long cpu = bot.cpuMillis() - cpuBefore;
                    return new Result(process, ready, first, Stats.of(samples), (double) cpu / messages, messages);
                }
            } finally {
                Dirs.deleteQuietly(data);
            }
        }
    }

    private static boolean pollsWithin(FakeBotApi api, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline && !api.firstPoll().isDone()) {
            Thread.sleep(20);
        }
        return api.firstPoll().isDone();
    }

    /** One message; nanoseconds from available to getUpdates until its sendMessage arrived. */
    private long one(FakeBotApi api) throws Exception {
        long tag = tags.getAndIncrement();
        long available = System.nanoTime();
        long arrived = api.deliver("안녕 이드야 #b" + tag, tag).get(60, TimeUnit.SECONDS);
        return arrived - available;
    }
}
