package dev.ide.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.PlatformLimits;
import dev.ide.core.testing.MutableClock;
import dev.ide.core.testing.RecordingChannel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StreamingReplyTest {

    private static final String NOTE = "(답변이 중간에 끊겼어요. 다시 물어봐 주세요.)";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));

    private StreamingReply streamed(RecordingChannel channel, String... deltas) {
        StreamingReply reply = new StreamingReply(channel, clock);
        for (String delta : deltas) {
            reply.append(delta);
            clock.advance(Duration.ofSeconds(1));
        }
        return reply;
    }

    @Test
    void a_cut_answer_keeps_the_streamed_text_once_with_the_note_after_it() {
        RecordingChannel telegram = new RecordingChannel(PlatformLimits.TELEGRAM);
        StreamingReply reply = streamed(telegram, "하나 ", "둘 ", "셋 ");
        reply.finish(NOTE);

        String last = "하나 둘 셋 \n\n" + NOTE;
        assertThat(telegram.texts()).containsExactly(last);
        // every intermediate text is where the final one starts: a channel that can only append (the console) adds
        // the note and never prints the answer again
        assertThat(telegram.calls()).allSatisfy(call -> assertThat(last).startsWith(call.substring(5)));
    }

    @Test
    void a_note_after_a_line_break_gets_one_blank_line() {
        RecordingChannel telegram = new RecordingChannel(PlatformLimits.TELEGRAM);
        StreamingReply reply = streamed(telegram, "첫 줄\n", "둘째 줄\n");
        reply.finish(NOTE);
        assertThat(telegram.texts()).containsExactly("첫 줄\n둘째 줄\n\n" + NOTE);
    }

    @Test
    void a_platform_that_cannot_edit_gets_the_cut_answer_once_at_the_end() {
        RecordingChannel plain = new RecordingChannel(PlatformLimits.CONSOLE);
        StreamingReply reply = streamed(plain, "하나 ", "둘 ");
        reply.finish(NOTE);
        assertThat(plain.calls()).containsExactly("send:하나 둘 \n\n" + NOTE);
    }
}
