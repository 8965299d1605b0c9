package dev.ide.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import dev.ide.core.reply.Replies;
import dev.ide.core.reply.StreamingReply;
import dev.ide.core.testing.MutableClock;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.text.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "late answer" note of a resumed job: on the first message of the answer only, and kept there. */
class LateNoteChannelTest {

    private static final String NOTE = Msg.LATE_ANSWER.text() + "\n";

    @Test
    void a_streamed_answer_shows_the_note_once_on_its_first_message_also_after_edits_and_continuations() {
        RecordingChannel platform = new RecordingChannel(new PlatformLimits(120, Duration.ofSeconds(1), true));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        StreamingReply reply = new StreamingReply(new LateNoteChannel(platform), clock);

        reply.append("첫 문단이에요.");
        clock.advance(Duration.ofSeconds(2));
        reply.append(" 조금 더 이어져요.\n\n");
        String second = "둘째 문단은 길어서 다음 메시지로 넘어가요. ".repeat(3).strip();
        reply.append(second);
        clock.advance(Duration.ofSeconds(2));
        reply.append(" 끝.");
        reply.finish(null);

        List<String> messages = platform.texts();
        assertThat(messages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(messages.get(0)).startsWith(NOTE).contains("첫 문단이에요.");
        assertThat(messages.subList(1, messages.size())).allSatisfy(m -> assertThat(m).doesNotContain(
                Msg.LATE_ANSWER.text()));
        assertThat(String.join("\n", messages)).contains("끝.");
        assertThat(platform.calls().stream().filter(c -> c.contains(Msg.LATE_ANSWER.text())))
                .as("every send or edit that carried the note was of the first message")
                .allSatisfy(c -> assertThat(c).contains("첫 문단이에요."));
        assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(120));
    }

    @Test
    void a_later_message_with_buttons_and_an_edit_of_another_message_carry_no_note() {
        RecordingChannel platform = new RecordingChannel(PlatformLimits.TELEGRAM);
        LateNoteChannel channel = new LateNoteChannel(platform);

        Replies.send(channel, "일정 초안을 만들었어요.");
        SentMessage draft = channel.send("12월 3일 15:00 팀 회의", List.of(new Button("확인", "d:1:ok")));
        channel.edit(draft, "일정을 만들었어요: 팀 회의");
        channel.edit(new SentMessage("999"), "다른 메시지");

        assertThat(platform.calls()).containsExactly(
                "send:" + NOTE + "일정 초안을 만들었어요.",
                "send:12월 3일 15:00 팀 회의",
                "edit:일정을 만들었어요: 팀 회의",
                "edit:다른 메시지");
    }

    @Test
    void the_note_waits_for_a_message_the_platform_delivered_and_commands_keep_the_platform_form() {
        List<String> sent = new ArrayList<>();
        LateNoteChannel channel = new LateNoteChannel(new ReplyChannel() {
            private int n;

            @Override
            public SentMessage send(String text) {
                sent.add(text);
                return new SentMessage(n++ == 0 ? "" : String.valueOf(n)); // the first one is refused
            }

            @Override
            public SentMessage send(String text, List<Button> buttons) {
                return send(text);
            }

            @Override
            public boolean edit(SentMessage message, String text) {
                return false;
            }

            @Override
            public void typing() {
            }

            @Override
            public PlatformLimits limits() {
                return PlatformLimits.SLACK;
            }

            @Override
            public String commandForm(String name) {
                return "/ide " + name;
            }
        });

        channel.send("하나");
        channel.send("둘");
        channel.send("셋");

        assertThat(sent).containsExactly(NOTE + "하나", NOTE + "둘", "셋");
        assertThat(channel.commandForm("help")).isEqualTo("/ide help");
    }
}
