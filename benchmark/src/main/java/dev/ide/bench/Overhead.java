package dev.ide.bench;

import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.PlatformLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pipeline overhead and throughput: {@code concurrency} conversations each send messages one after another (the
 * next when the previous is answered), through the whole pipeline and the real database. Overhead of a message is
 * the time from {@code accept} to the last text handed to its reply channel, minus the time spent inside the fake
 * models for it.
 */
final class Overhead {

    enum Kind {
        DIRECT("direct"), ROUTE("route (streamed)"), TOOLS("tools (embedded calendar)");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Result(Kind kind, int concurrency, Stats overhead, Stats latency, double perSecond, int failures) {
    }

    private static final String ROUTE_ANSWER = "양자역학은 아주 작은 입자들의 세계를 설명하는 이론이에요. "
            + "관측하기 전까지는 여러 상태가 겹쳐 있고, 관측하는 순간 하나로 정해져요. ".repeat(3);

    private final BotUnderTest bot;
    private final AtomicLong tags = new AtomicLong(1);
    private final AtomicLong messageIds = new AtomicLong(1);
    private final AtomicLong run = new AtomicLong();

    Overhead(BotUnderTest bot) {
        this.bot = bot;
        bot.reasoner.replying(ask -> ROUTE_ANSWER);
    }

    Result measure(Kind kind, int concurrency, int messages) throws InterruptedException {
        return measure(kind, concurrency, messages, Duration.ZERO);
    }

    /**
     * @param pause how long each conversation waits after an answer before its next message (zero: at once, which
     *              saturates the bot; then latency is mostly waiting behind the other conversations)
     */
    Result measure(Kind kind, int concurrency, int messages, Duration pause) throws InterruptedException {
        bot.classifier.replying(ask -> switch (kind) {
            case DIRECT -> "{\"action\":\"direct\",\"response\":\"안녕하세요! 무엇을 도와드릴까요?\"}";
            case ROUTE -> "{\"action\":\"route\",\"prompt\":\"양자역학 설명 #b" + InstantModel.lastTag(ask.lastUser())
                    + "\"}";
            case TOOLS -> "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"today\"}";
        });
        int perConversation = Math.max(1, messages / concurrency);
        long[] overhead = new long[perConversation * concurrency];
        long[] latency = new long[perConversation * concurrency];
        AtomicLong failures = new AtomicLong();
        long runId = run.incrementAndGet();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            int conversation = c;
            Thread t = new Thread(() -> {
                Random random = new Random(conversation);
                for (int i = 0; i < perConversation; i++) {
                    if (!pause.isZero()) {
                        // jittered, so that the conversations do not all send in the same instant
                        sleep(pause.toMillis() / 2 + random.nextInt((int) Math.max(1, pause.toMillis())));
                    }
                    int slot = conversation * perConversation + i;
                    try {
                        long[] sample = one(kind, "r" + runId + "-c" + conversation);
                        overhead[slot] = sample[0];
                        latency[slot] = sample[1];
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            }, "bench-conversation-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(kind, concurrency, Stats.of(overhead), Stats.of(latency),
                perConversation * concurrency / seconds, (int) failures.get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One message: {overhead, latency} in nanoseconds. */
    private long[] one(Kind kind, String chat) throws InterruptedException, ExecutionException, TimeoutException {
        long tag = tags.getAndIncrement();
        String text = switch (kind) {
            case DIRECT -> "안녕 이드야 #b" + tag;
            case ROUTE -> "양자역학 설명해줘 #b" + tag;
            case TOOLS -> "오늘 일정 알려줘 #b" + tag;
        };
        IncomingMessage message = IncomingMessage.text(Platform.TELEGRAM, chat, BotUnderTest.ALLOWED_TELEGRAM_USER,
                "bench", text, Long.toString(messageIds.getAndIncrement()), Instant.now(), ChatKind.PRIVATE);
        TimedChannel channel = new TimedChannel(PlatformLimits.TELEGRAM);
        long t0 = System.nanoTime();
        bot.pipeline().accept(message, channel).done().get(60, TimeUnit.SECONDS);
        long latency = channel.lastAt() - t0;
        if (channel.lastAt() == 0) {
            throw new IllegalStateException("no reply");
        }
        return new long[] {latency - bot.classifier.takeNanos(tag) - bot.reasoner.takeNanos(tag), latency};
    }
}
