package dev.ide.app.faults;

import dev.ide.core.testing.Await;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.pipeline.Acceptance;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.text.Msg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reasoner down, dripping tokens slower than its timeout, or stopping midway: the user gets what arrived plus a
 * clear note, or a clear failure, and other conversations are not held up.
 */
@ExtendWith(SecretScan.class)
class ReasonerFaultsTest {

    private static final String ROUTE = "{\"action\":\"route\",\"prompt\":\"\"}";
    private static final String ANSWER = "블랙홀은 중력이 너무 강해서 빛조차 빠져나올 수 없는 천체예요. "
            + "별이 일생을 마치고 스스로의 무게로 무너지면서 만들어져요. 가장자리를 사건의 지평선이라고 불러요.";

    @TempDir
    Path dataDir;

    private Bot bot;

    @BeforeEach
    void start() {
        bot = new Bot(dataDir);
        bot.env.put("REASONING_TIMEOUT", "2");
        bot.classifier.replying(ROUTE);
        bot.reasoner.replying(ANSWER);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void a_reasoner_that_is_down_gets_a_clear_failure_within_its_timeout() {
        bot.reasoner.close();
        bot.start();
        long start = System.nanoTime();
        String answer = bot.ask("블랙홀이 뭐야?");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        assertThat(answer).isEqualTo(Msg.REASONER_UNAVAILABLE.format("Gemma4"));
    }

    @Test
    void a_reasoner_answering_server_errors_gets_a_clear_failure() {
        bot.reasoner.failCompletions(500);
        bot.start();
        assertThat(bot.ask("블랙홀이 뭐야?")).isEqualTo(Msg.REASONER_UNAVAILABLE.format("Gemma4"));
    }

    @Test
    void a_stream_cut_midway_keeps_what_arrived_and_says_it_was_cut() {
        bot.reasoner.cutStreamMidway(true);
        bot.start();
        List<String> seen = bot.say("블랙홀이 뭐야?");
        String answer = String.join("\n", seen);
        assertThat(answer).startsWith(ANSWER.substring(0, 20)).endsWith(Msg.REASONER_CUT.text());
        assertThat(answer).doesNotContain(ANSWER);
        String remembered = bot.wiring().historyStore().recent(Bot.message("console", "").conversation(), 2)
                .get(1).text();
        assertThat(remembered).as("history keeps the partial answer and the note")
                .startsWith(ANSWER.substring(0, 20)).contains(Msg.REASONER_CUT.text());
    }

    @Test
    void a_slow_drip_stream_is_cut_at_the_timeout_with_what_arrived() {
        bot.reasoner.tokenDelay(Duration.ofMillis(200));
        bot.start();
        long start = System.nanoTime();
        String answer = bot.ask("블랙홀이 뭐야?");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        assertThat(answer).startsWith(ANSWER.substring(0, 4)).endsWith(Msg.REASONER_CUT.text());
        assertThat(answer).doesNotContain(ANSWER);
    }

    @Test
    void a_stuck_reasoner_does_not_hold_up_another_conversation() {
        bot.env.put("REASONING_TIMEOUT", "5");
        bot.reasoner.tokenDelay(Duration.ofMillis(100));
        bot.classifier.replying(c -> c.lastUserMessage().contains("블랙홀") ? ROUTE
                : "{\"action\":\"direct\",\"response\":\"안녕하세요! 무엇을 도와드릴까요?\"}");
        bot.start();

        RecordingChannel slowChannel = new RecordingChannel();
        Acceptance slow = bot.send("slow-chat", "블랙홀이 뭐야?", slowChannel);
        Await.until("the reasoner started streaming", Duration.ofSeconds(10),
                () -> bot.reasoner.completionCount() == 1);

        assertThat(bot.say("other-chat", "안녕")).containsExactly("안녕하세요! 무엇을 도와드릴까요?");
        assertThat(slow.done()).as("the slow answer is still streaming").isNotDone();

        Bot.await(slow);
        assertThat(String.join("\n", slowChannel.texts())).startsWith(ANSWER.substring(0, 4));
    }
}
