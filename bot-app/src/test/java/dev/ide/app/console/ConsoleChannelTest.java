package dev.ide.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.SentMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleChannelTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String screen() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_streamed_answer_is_printed_line_by_line_and_its_last_line_when_it_is_done() {
        ConsoleChannel channel = new ConsoleChannel(out);
        SentMessage m = channel.send("첫 줄");
        assertThat(screen()).isEmpty();
        channel.edit(m, "첫 줄이에요.\n둘째");
        assertThat(screen()).isEqualTo("첫 줄이에요.\n");
        channel.edit(m, "첫 줄이에요.\n둘째 줄이에요.");
        channel.endLine();
        assertThat(screen()).isEqualTo("첫 줄이에요.\n둘째 줄이에요.\n");
    }

    @Test
    void a_reply_of_another_message_never_lands_inside_a_streaming_line() {
        ConsoleChannel answer = new ConsoleChannel(out);
        ConsoleChannel command = new ConsoleChannel(out);
        SentMessage m = answer.send("블랙홀은 ");
        command.send("진행 중이던 작업을 취소했어요.");
        command.endLine();
        answer.edit(m, "블랙홀은 무거워요.");
        answer.endLine();
        assertThat(screen()).isEqualTo("진행 중이던 작업을 취소했어요.\n블랙홀은 무거워요.\n");
    }

    @Test
    void an_edit_that_only_adds_a_note_prints_the_note_not_the_answer_again() {
        ConsoleChannel channel = new ConsoleChannel(out);
        SentMessage m = channel.send("하나 둘\n");
        channel.edit(m, "하나 둘\n셋 \n\n(답변이 중간에 끊겼어요. 다시 물어봐 주세요.)");
        channel.endLine();
        assertThat(screen()).isEqualTo("하나 둘\n셋 \n\n(답변이 중간에 끊겼어요. 다시 물어봐 주세요.)\n");
    }

    @Test
    void a_second_message_of_the_same_answer_starts_on_its_own_line() {
        ConsoleChannel channel = new ConsoleChannel(out);
        channel.send("잠시만요");
        channel.send("다 됐어요");
        channel.endLine();
        assertThat(screen()).isEqualTo("잠시만요\n다 됐어요\n");
    }
}
