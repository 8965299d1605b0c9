package dev.ide.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.testing.TestEngine;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private final TestEngine engine = TestEngine.allowing(Platform.TELEGRAM, "42");
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void close() {
        engine.close();
    }

    private RecordingChannel say(String text) throws Exception {
        return say(text, "42", new RecordingChannel());
    }

    private RecordingChannel say(String text, String user, RecordingChannel channel) throws Exception {
        IncomingMessage m = IncomingMessage.text(Platform.TELEGRAM, "chat-1", user, "Owner", text,
                "m" + ids.incrementAndGet(), Instant.now(), ChatKind.PRIVATE);
        engine.pipeline().accept(m, channel).done().get(10, TimeUnit.SECONDS);
        return channel;
    }

    @Test
    void a_direct_answer_reaches_the_user_with_one_model_call() throws Exception {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"안녕하세요! 이드예요.\"}");
        assertThat(say("안녕").texts()).containsExactly("안녕하세요! 이드예요.");
        assertThat(engine.modelCalls()).isEqualTo(1);
        assertThat(engine.classifier().completions().get(0).lastUserMessage())
                .contains("[현재 시간]", "[대화 이력]", "안녕");
    }

    @Test
    void a_routed_question_streams_the_reasoners_whole_answer() throws Exception {
        engine.classifier().replying("{\"action\":\"route\",\"prompt\":\"양자역학을 쉽게 설명해줘\"}");
        String answer = "양자역학은 아주 작은 세계의 규칙이에요. ".repeat(20).strip();
        engine.reasoner().replying(answer);
        assertThat(say("양자역학 설명해줘").texts()).containsExactly(answer);
        var call = engine.reasoner().completions().get(0);
        assertThat(call.stream()).isTrue();
        assertThat(call.systemPrompt()).startsWith("너는 '이드'라는 이름의");
        assertThat(call.lastUserMessage()).isEqualTo("양자역학을 쉽게 설명해줘");
    }

    @Test
    void a_draft_confirmed_by_word_creates_one_event_without_a_model_call() throws Exception {
        engine.classifier().replying("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_draft\","
                + "\"params\":{\"title\":\"팀 회의\",\"date\":\"2026-12-03\",\"time\":\"15:00\"}}");
        RecordingChannel draft = say("12월 3일 3시 팀 회의 잡아줘");
        assertThat(draft.last()).contains("팀 회의");
        assertThat(draft.buttons()).hasSize(1);
        int calls = engine.modelCalls();
        assertThat(say("확인").last()).contains("만들었어요");
        assertThat(engine.calendar().events()).hasSize(1);
        assertThat(engine.modelCalls()).isEqualTo(calls);
    }

    @Test
    void commands_and_refusals_make_no_model_call() throws Exception {
        assertThat(say("/help").last()).contains("/status");
        assertThat(say("/reset").last()).contains("지웠어요");
        assertThat(say("/cancel").last()).isNotBlank();
        assertThat(say("/start").last()).contains("이드");
        RecordingChannel stranger = say("안녕", "999", new RecordingChannel());
        assertThat(stranger.last()).contains("허용된 사용자");
        assertThat(engine.modelCalls()).isZero();
    }

    @Test
    void unreadable_classifier_output_is_never_shown_and_plain_requests_still_work() throws Exception {
        engine.classifier().replying("I think the user wants {\"action\": ");
        RecordingChannel unclear = say("음 그거 있잖아");
        assertThat(unclear.last()).doesNotContain("{").doesNotContain("action");
        RecordingChannel today = say("오늘 일정 알려줘");
        assertThat(today.last()).contains("일정");
    }

    @Test
    void a_classifier_that_is_down_gets_a_clear_korean_reply() throws Exception {
        engine.classifier().failCompletions(503);
        assertThat(say("양자역학이 뭐야?").last()).contains("EXAONE", "연결할 수 없어서");
    }

    @Test
    void a_retried_platform_message_is_answered_once() throws Exception {
        IncomingMessage m = IncomingMessage.text(Platform.TELEGRAM, "chat-1", "42", "Owner", "안녕", "same-id",
                Instant.now(), ChatKind.PRIVATE);
        RecordingChannel channel = new RecordingChannel();
        assertThat(engine.pipeline().accept(m, channel).status()).isEqualTo(Acceptance.Status.ACCEPTED);
        assertThat(engine.pipeline().accept(m, channel).status()).isEqualTo(Acceptance.Status.DUPLICATE);
    }

    @Test
    void a_very_long_message_is_cut_with_a_notice_before_the_model_sees_it() throws Exception {
        RecordingChannel channel = say("가".repeat(100_000));
        assertThat(channel.texts().get(0)).contains("4,000");
        assertThat(engine.classifier().completions().get(0).lastUserMessage().length()).isLessThan(5_000);
    }

    @Test
    void a_routed_question_warns_first_when_the_reasoner_is_busy_with_the_queue_position() throws Exception {
        engine.reasoner().status(2, 40);
        engine.engine().registry().checkAll();
        engine.classifier().replying("{\"action\":\"route\",\"prompt\":\"상대성 이론 설명\"}");
        engine.reasoner().replying("시간과 공간이 관찰자에 따라 달라진다는 이론이에요.");
        RecordingChannel channel = say("상대성 이론이 뭐야?");
        assertThat(channel.texts()).hasSize(2);
        assertThat(channel.texts().get(0)).isEqualTo("Gemma4 모델이 지금 바쁜 상태예요. 대기열 1번째로 처리할게요.");
        assertThat(channel.texts().get(1)).isEqualTo("시간과 공간이 관찰자에 따라 달라진다는 이론이에요.");
    }

    @Test
    void a_reasoner_that_is_down_is_announced_waited_for_and_then_reported_clearly() throws Exception {
        engine.reasoner().healthy(false);
        engine.engine().registry().checkAll();
        engine.classifier().replying("{\"action\":\"route\",\"prompt\":\"블랙홀 설명\"}");
        RecordingChannel channel = say("블랙홀이 뭐야?");
        assertThat(channel.texts().get(0)).contains("Gemma4", "꺼져 있어요", "1번째");
        assertThat(channel.last()).contains("Gemma4", "연결할 수 없어요");
        assertThat(engine.reasoner().completionCount()).as("it retried while waiting").isGreaterThan(1);
    }
}
