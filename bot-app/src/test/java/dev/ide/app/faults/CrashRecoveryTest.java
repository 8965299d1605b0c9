package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.text.Msg;
import dev.ide.tools.calendar.EmbeddedCalendar;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash of the pipeline between accepting and answering, in-process: the job is left in the database as a crash
 * leaves it (accepted, or running, or running with its calendar write already done), the bot is closed and started
 * again on the same data folder. {@link CrashRecoveryIT} does the same with a real kill -9 of a child JVM.
 */
@ExtendWith(SecretScan.class)
class CrashRecoveryTest {

    @TempDir
    Path dataDir;

    private Bot bot;

    @BeforeEach
    void start() {
        bot = new Bot(dataDir).start();
        bot.classifier.replying("{\"action\":\"direct\",\"response\":\"안녕하세요!\"}");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void a_message_accepted_but_never_run_is_answered_once_after_a_restart_with_a_late_note() {
        bot.jobs().accept(Bot.message("console", "안녕"));
        bot.restart();

        RecordingChannel channel = new RecordingChannel();
        assertThat(bot.recover(channel)).isEqualTo(1);
        bot.awaitNoUnfinishedJobs();
        assertThat(channel.texts()).containsExactly(Msg.LATE_ANSWER.text() + "\n안녕하세요!");

        bot.restart();
        RecordingChannel again = new RecordingChannel();
        assertThat(bot.recover(again)).as("a second restart answers nothing twice").isZero();
        assertThat(again.texts()).isEmpty();
    }

    @Test
    void a_message_that_was_running_is_answered_once_after_a_restart() {
        bot.jobs().accept(Bot.message("console", "안녕")).getAsLong();
        bot.restart();

        RecordingChannel channel = new RecordingChannel();
        assertThat(bot.recover(channel)).isEqualTo(1);
        bot.awaitNoUnfinishedJobs();
        assertThat(channel.texts()).containsExactly(Msg.LATE_ANSWER.text() + "\n안녕하세요!");
        assertThat(bot.classifier.completionCount()).isEqualTo(1);
    }

    @Test
    void a_confirmation_replayed_after_its_event_was_written_creates_no_second_event() {
        bot.classifier.replying(Bot.draftJson("치과 예약", bot.today().plusDays(1), "10:00"));
        assertThat(bot.ask("내일 10시 치과 예약 잡아줘")).contains("치과 예약");

        // The crash: "확인" was running, the event was written, the draft not yet finished, the job not yet done.
        IncomingMessage confirm = Bot.message("console", "확인");
        bot.jobs().accept(confirm).getAsLong();
        PendingDraft draft = bot.wiring().draftStore().find(confirm.conversation()).orElseThrow();
        new EmbeddedCalendar(bot.wiring().database().dataSource(), bot.clock)
                .create(draft.eventUid(), draft.event(), Bot.SEOUL);
        assertThat(bot.calendarRows()).isEqualTo(1);
        bot.restart();

        RecordingChannel channel = new RecordingChannel();
        assertThat(bot.recover(channel)).isEqualTo(1);
        bot.awaitNoUnfinishedJobs();

        assertThat(channel.texts()).hasSize(1);
        assertThat(channel.texts().get(0)).startsWith(Msg.LATE_ANSWER.text()).contains("일정을 만들었어요", "치과 예약");
        assertThat(bot.calendarRows()).isEqualTo(1);
        assertThat(bot.wiring().draftStore().find(confirm.conversation())).as("the draft is finished").isEmpty();
    }
}
