package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.pipeline.Acceptance;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.text.Msg;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another process (an {@code ide-bot ask} beside {@code run}, an admin's SQL session) holds a transaction open on a
 * conversation's rows. The bot's statement waiting for that lock fails within the database's lock wait (5 s), the
 * user of that conversation gets a polite Korean answer instead of silence, other conversations are answered
 * meanwhile, and the conversation works again once the lock is gone.
 */
@ExtendWith(SecretScan.class)
class DatabaseStallTest {

    /** The database's lock wait (5 s) plus room for a loaded machine; without a bound the answer never comes. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(12);

    @TempDir
    Path dataDir;

    private Bot bot;

    @BeforeEach
    void start() {
        bot = new Bot(dataDir).start();
        bot.classifier.replying(c -> c.lastUserMessage().strip().endsWith("안녕") ? Bot.HELLO
                : Bot.draftJson("치과 예약", bot.today(), "09:00"));
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void a_draft_whose_row_is_locked_elsewhere_gets_a_polite_answer_in_time_and_works_once_released()
            throws SQLException {
        assertThat(bot.ask("오늘 9시 치과 예약")).contains("치과 예약");

        try (Connection other = bot.wiring().database().connection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                assertThat(s.executeUpdate("UPDATE drafts SET title = title")).isEqualTo(1);
            }
            // A newer draft replaces the old one: its MERGE waits for the other transaction's lock.
            assertStuckThenAnswered("오늘 9시 치과 예약", Msg.TOOL_FAILED.format(Msg.TOOL_NAME_CALENDAR.text()));
            other.rollback();
        }

        assertThat(bot.ask("오늘 9시 치과 예약")).contains("치과 예약");
    }

    @Test
    void a_command_whose_rows_are_locked_elsewhere_gets_a_polite_answer_instead_of_silence() throws SQLException {
        assertThat(bot.say("안녕")).containsExactly("네, 말씀하세요!");

        try (Connection other = bot.wiring().database().connection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                assertThat(s.executeUpdate("UPDATE history SET text = text WHERE conversation = 'console:console'"))
                        .isEqualTo(2);
            }
            // /reset deletes the conversation's history: the DELETE waits for the lock.
            assertStuckThenAnswered("/reset", Msg.INTERNAL_ERROR.text());
            other.rollback();
        }

        assertThat(bot.say("/reset")).containsExactly(Msg.RESET_DONE.text());
    }

    private void assertStuckThenAnswered(String text, String expected) {
        RecordingChannel stuck = new RecordingChannel();
        long started = System.nanoTime();
        Acceptance asked = bot.send("console", text, stuck);

        assertThat(bot.say("other", "안녕")).as("another conversation does not wait").containsExactly("네, 말씀하세요!");
        assertThat(asked.done()).as("the locked statement is still waiting").isNotDone();

        Bot.await(asked);
        assertThat(stuck.texts()).containsExactly(expected);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_WITHIN);
    }
}
