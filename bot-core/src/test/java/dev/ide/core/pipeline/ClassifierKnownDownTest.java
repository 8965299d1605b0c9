package dev.ide.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.testing.TestEngine;
import dev.ide.core.text.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A classifier the health loop has marked DOWN is not asked (and not waited for): plain requests go straight to the
 * rule-based router; once a health round sees it up again, it is asked again.
 */
class ClassifierKnownDownTest {

    private final TestEngine engine = TestEngine.allowing(Platform.TELEGRAM, "42");
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void close() {
        engine.close();
    }

    private RecordingChannel say(String text, Duration within) throws Exception {
        RecordingChannel channel = new RecordingChannel();
        IncomingMessage m = IncomingMessage.text(Platform.TELEGRAM, "chat-1", "42", "Owner", text,
                "m" + ids.incrementAndGet(), Instant.now(), ChatKind.PRIVATE);
        engine.pipeline().accept(m, channel).done().get(within.toMillis(), TimeUnit.MILLISECONDS);
        return channel;
    }

    @Test
    void a_classifier_known_to_be_down_is_skipped_at_once_and_asked_again_when_it_is_back() throws Exception {
        engine.classifier().healthy(false);
        engine.engine().registry().checkAll();
        // from now on its completions would hang past the 5 s timeout, as a wedged server's do
        engine.classifier().healthy(true).completionDelay(Duration.ofSeconds(20));

        RecordingChannel schedule = say("오늘 일정 알려줘", Duration.ofSeconds(3));
        assertThat(schedule.texts()).containsExactly("오늘은 일정이 없어요.",
                Msg.DEGRADED_NOTICE.format("EXAONE"));
        RecordingChannel question = say("양자역학이 뭐야?", Duration.ofSeconds(3));
        assertThat(question.texts()).containsExactly(Msg.CLASSIFIER_UNAVAILABLE.format("EXAONE"));
        assertThat(engine.classifier().completionCount()).as("the classifier was not asked").isZero();

        engine.classifier().completionDelay(Duration.ZERO)
                .replying("{\"action\":\"direct\",\"response\":\"안녕하세요! 이드예요.\"}");
        engine.engine().registry().checkAll();
        assertThat(say("안녕", Duration.ofSeconds(5)).texts()).containsExactly("안녕하세요! 이드예요.");
        assertThat(engine.classifier().completionCount()).isEqualTo(1);
    }

    @Test
    void before_the_first_health_round_the_classifier_is_asked() throws Exception {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"네, 말씀하세요!\"}");
        assertThat(say("안녕", Duration.ofSeconds(5)).texts()).containsExactly("네, 말씀하세요!");
        assertThat(engine.classifier().completionCount()).isEqualTo(1);
    }
}
