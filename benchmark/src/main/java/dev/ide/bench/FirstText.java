package dev.ide.bench;

import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.PlatformLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Time to first visible text of a routed answer: the fake reasoner streams {@code tokens} tokens at a fixed rate;
 * measured from the reasoner writing its first token to the first text handed to the chat platform, once on a
 * platform that shows streaming edits (Telegram's limits) and once on one that shows only the whole answer.
 */
final class FirstText {

    record Result(int tokens, Duration interval, double streamedMs, double unstreamedMs, double streamedDoneMs) {
    }

    static Result measure(int tokens, Duration interval) throws Exception {
        try (BotUnderTest bot = new BotUnderTest(Duration.ofSeconds(30))) {
            bot.classifier.replying(a -> "{\"action\":\"route\",\"prompt\":\"긴 설명\"}");
            bot.reasoner.replying(a -> "첫 토큰").streaming(tokens, interval);
            long[] streamed = once(bot, PlatformLimits.TELEGRAM, "ttft-streamed");
            long[] whole = once(bot, PlatformLimits.CONSOLE, "ttft-whole");
            // The bot may see the first token before the fake has noted writing it: clamp at zero.
            return new Result(tokens, interval, Math.max(0, streamed[0]) / 1e6, Math.max(0, whole[0]) / 1e6,
                    Math.max(0, streamed[1]) / 1e6);
        }
    }

    /** {first visible, last visible} after the first token, in nanoseconds. */
    private static long[] once(BotUnderTest bot, PlatformLimits limits, String chat) throws Exception {
        TimedChannel channel = new TimedChannel(limits);
        IncomingMessage message = IncomingMessage.text(Platform.TELEGRAM, chat, BotUnderTest.ALLOWED_TELEGRAM_USER,
                "bench", "길게 설명해줘", chat, Instant.now(), ChatKind.PRIVATE);
        bot.pipeline().accept(message, channel).done().get(120, TimeUnit.SECONDS);
        long first = bot.reasoner.takeFirstTokenAt();
        return new long[] {channel.firstAt() - first, channel.lastAt() - first};
    }

    private FirstText() {
    }
}
