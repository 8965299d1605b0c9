package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.pipeline.Acceptance;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.text.Msg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a user sends, the bot answers politely, stays up, and keeps its memory bounded. */
@ExtendWith(SecretScan.class)
class BadInputTest {


    @TempDir
    Path dataDir;

    private Bot bot;

    @BeforeEach
    void start() {
        bot = new Bot(dataDir).start();
        bot.classifier.replying(Bot.HELLO);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private String lastClassifierInput() {
        var all = bot.classifier.completions();
        return all.get(all.size() - 1).lastUserMessage();
    }

    @Test
    void empty_whitespace_and_control_only_messages_get_a_polite_answer_without_a_model_call() {
        assertThat(bot.ask("")).isEqualTo(Msg.EMPTY_MESSAGE.text());
        assertThat(bot.ask("   \t\n  ")).isEqualTo(Msg.EMPTY_MESSAGE.text());
        assertThat(bot.ask("\u0000\u0007\u001b\u0008")).isEqualTo(Msg.EMPTY_MESSAGE.text());
        assertThat(bot.classifier.completionCount()).isZero();
    }

    @Test
    void a_hundred_thousand_characters_are_cut_with_a_notice_and_answered() {
        List<String> seen = bot.say("가나다라마바사".repeat(14_300));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isEqualTo(Msg.TOO_LONG.format(4000));
        assertThat(seen.get(1)).isEqualTo("네, 말씀하세요!");
        assertThat(lastClassifierInput().length()).isLessThan(6_000);
    }

    @Test
    void control_characters_are_dropped_before_the_model_sees_the_text() {
        assertThat(bot.ask("\u0000안\u0007녕\u001b[31m하세요\u0008")).isEqualTo("네, 말씀하세요!");
        assertThat(lastClassifierInput()).endsWith("안녕[31m하세요").doesNotContain("\u0000", "\u0007", "\u001b");
    }

    @Test
    void lone_surrogates_become_replacement_characters() {
        assertThat(bot.ask("\uD800안녕\uDC00")).isEqualTo("네, 말씀하세요!");
        assertThat(lastClassifierInput()).endsWith("\uFFFD안녕\uFFFD");
        assertThat(bot.ask("다음 메시지도 괜찮아?")).isEqualTo("네, 말씀하세요!");
    }

    @Test
    void a_message_of_only_emoji_is_passed_on_whole() {
        assertThat(bot.ask("😀🎉👍🏽")).isEqualTo("네, 말씀하세요!");
        assertThat(lastClassifierInput()).endsWith("😀🎉👍🏽");
    }

    @Test
    void fifty_messages_in_a_second_from_one_chat_are_answered_in_order() {
        Pattern number = Pattern.compile("메시지 (\\d+)");
        bot.classifier.replying(c -> {
            Matcher m = number.matcher(c.lastUserMessage());
            String last = "?";
            while (m.find()) {
                last = m.group(1);
            }
            return "{\"action\":\"direct\",\"response\":\"답 " + last + "\"}";
        });
        RecordingChannel channel = new RecordingChannel();
        List<Acceptance> accepted = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 1; i <= 50; i++) {
            accepted.add(bot.send("flood", "메시지 " + i, channel));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("all fifty accepted within a second")
                .isLessThan(Duration.ofSeconds(1));
        assertThat(accepted).allMatch(Acceptance::accepted);
        accepted.forEach(Bot::await);

        assertThat(channel.texts()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 50).mapToObj(i -> "답 " + i).toList());
    }

    @Test
    void a_flood_beyond_the_lane_limit_is_refused_politely_instead_of_queued_without_bound() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        bot.classifier.replying(c -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Bot.HELLO;
        });
        RecordingChannel channel = new RecordingChannel();
        List<Acceptance> accepted = new ArrayList<>();
        for (int i = 1; i <= 260; i++) {
            accepted.add(bot.send("flood", "메시지 " + i, channel));
        }
        assertThat(bot.wiring().engine().queue().stats().waiting()).isLessThanOrEqualTo(200);
        long refused = channel.texts().stream().filter(Msg.TOO_MANY_WAITING.text()::equals).count();
        assertThat(refused).isEqualTo(60);

        release.countDown();
        accepted.forEach(Bot::await);
        long answered = channel.texts().stream().filter("네, 말씀하세요!"::equals).count();
        assertThat(answered).isEqualTo(200);
        assertThat(bot.jobs().unfinished()).isEmpty();
        assertThat(bot.ask("이제 괜찮아?")).as("the bot is still up").isEqualTo("네, 말씀하세요!");
    }
}
