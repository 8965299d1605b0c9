package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.text.Msg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classifier down, timing out, or answering garbage: the bot never crashes and never shows JSON; plain requests
 * are still answered by the rule-based router, the rest get an honest sentence naming the model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SecretScan.class)
class ClassifierFaultsTest {

    private Path dataDir;
    private Bot bot;

    @BeforeAll
    void start(@TempDir Path dir) {
        dataDir = dir;
        bot = new Bot(dataDir.resolve("shared")).start();
    }

    @AfterAll
    void stop() {
        bot.close();
    }

    /** Thirty ways a small model's answer (or the server's body) can be unusable. */
    static Stream<String> malformed() {
        return Stream.of(
                "",
                "   \n\t  ",
                "null",
                "[]",
                "{}",
                "42",
                "true",
                "\"just a string\"",
                "I think the user wants to see the calendar.",
                "죄송합니다. 잘 모르겠어요.",
                "<html><body><h1>502 Bad Gateway</h1></body></html>",
                "```json\n```",
                "```\nnot json at all\n```",
                "{\"action\":\"fly\",\"response\":\"하늘을 날아요\"}",
                "{\"action\":\"direct\"}",
                "{\"action\":\"direct\",\"response\":\"\"}",
                "{\"action\":\"direct\",\"response\":\"{\\\"action\\\":\\\"tools\\\",\\\"tool\\\":\\\"calendar\\\"}\"}",
                "{\"action\":\"clarify\",\"response\":\"```json {\\\"a\\\":1}```\"}",
                "{\"action\":\"tools\"}",
                "{\"action\":\"tools\",\"tool\":\"calendar\"}",
                "{\"action\":\"tools\",\"tool\":\"\",\"operation\":\"\"}",
                "{\"acti",
                "{{{{{{{{{{",
                "}}}}}]]]",
                "{\"action\": 5, \"response\": [1, 2]}",
                "{'action': 'unknown_thing', 'foo': }",
                "{\"x\":" + "[".repeat(5_000),
                "a".repeat(200_000),
                "\u0000\u0001\u0002\u001b[31m",
                "🤖🤖🤖 {\"액션\":\"직접\"} 🤖");
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("malformed")
    void an_unreadable_classifier_answer_never_reaches_the_user(String garbage) {
        assertThat(malformed().count()).isEqualTo(30);
        bot.classifier.replying(garbage);

        String schedule = bot.ask("오늘 일정 알려줘");
        assertThat(schedule).as("the rule-based router answers a plain request")
                .isEqualTo(Msg.CAL_TODAY_NONE.text());

        String question = bot.ask("양자역학을 쉽게 설명해 줄래?");
        assertThat(question).isEqualTo(Msg.CLASSIFIER_UNREADABLE.text());
        assertThat(bot.reasoner.completionCount()).as("it never invents an answer").isZero();
    }

    @Test
    void a_classifier_that_is_down_leaves_rules_working_and_names_the_model_otherwise() {
        try (Bot down = new Bot(dataDir.resolve("down"))) {
            down.classifier.close();
            down.start();

            String schedule = down.ask("이번 주 일정 보여줘");
            assertThat(schedule).contains(Msg.DEGRADED_NOTICE.format("EXAONE")).contains("일정이 없어요");

            String chat = down.ask("안녕! 오늘 기분 어때?");
            assertThat(chat).isEqualTo(Msg.CLASSIFIER_UNAVAILABLE.format("EXAONE"));

            String mail = down.ask("최근 메일 보여줘");
            assertThat(mail).contains(Msg.MAIL_NOT_CONFIGURED.text());
            assertThat(down.reasoner.completionCount()).isZero();
        }
    }

    @Test
    void a_classifier_that_times_out_is_given_up_after_its_timeout() {
        try (Bot slow = new Bot(dataDir.resolve("slow"))) {
            slow.env.put("EXAONE_TIMEOUT", "1");
            slow.classifier.completionDelay(Duration.ofSeconds(4));
            slow.start();

            long start = System.nanoTime();
            String answer = slow.ask("내일 일정 알려줘");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(answer).contains(Msg.DEGRADED_NOTICE.format("EXAONE")).contains("일정이 없어요");
            assertThat(took).isLessThan(Duration.ofSeconds(3));
            assertThat(slow.ask("시 한 편 써 줘")).isEqualTo(Msg.CLASSIFIER_UNAVAILABLE.format("EXAONE"));
        }
    }

    @Test
    void a_classifier_answering_server_errors_is_treated_as_unavailable() {
        bot.classifier.replying("{}").failCompletions(500);
        try {
            assertThat(bot.ask("문서 찾아줘 회의록")).doesNotContain("{").doesNotContain("500");
            assertThat(bot.ask("농담 하나 해 줘")).isEqualTo(Msg.CLASSIFIER_UNAVAILABLE.format("EXAONE"));
        } finally {
            bot.classifier.failCompletions(0);
        }
    }
}
