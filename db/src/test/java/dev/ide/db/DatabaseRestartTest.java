package dev.ide.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.store.JobState;
import dev.ide.core.store.StoredJob;
import dev.ide.core.store.Turn;
import dev.ide.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What "survives a restart" means: close the file database, open the same folder again, and everything is there. */
class DatabaseRestartTest {

    private static final Instant T0 = Instant.parse("2026-11-27T00:15:30Z");
    private static final ConversationKey CHAT = new ConversationKey(Platform.TELEGRAM, "1001");

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(T0);

    private static IncomingMessage message(String messageId, String text) {
        return IncomingMessage.text(Platform.TELEGRAM, "1001", "42", "민수", text, messageId, T0, ChatKind.PRIVATE);
    }

    @Test
    void history_drafts_and_seen_message_ids_survive_closing_and_reopening_the_database() {
        PendingDraft draft = new PendingDraft("d1", CHAT, "42",
                new EventDraft("치과 예약", LocalDate.of(2026, 11, 28), LocalTime.of(10, 0), LocalTime.of(11, 0), ""),
                T0, T0.plusSeconds(1800));
        long interrupted;
        try (Database db = Database.open(dataDir)) {
            new JdbcHistoryStore(db).append(CHAT, Turn.user("내일 10시 치과 예약 잡아줘", T0));
            new JdbcHistoryStore(db).append(CHAT, Turn.assistant("일정 초안을 만들었어요.", T0.plusSeconds(1)));
            new JdbcDraftStore(db).put(draft);
            JdbcJobStore jobs = new JdbcJobStore(db, clock);
            jobs.markDone(jobs.accept(message("u-1", "내일 10시 치과 예약 잡아줘")).orElseThrow());
            interrupted = jobs.accept(message("u-2", "고마워")).orElseThrow();
        }

        try (Database db = Database.open(dataDir)) {
            assertThat(new JdbcHistoryStore(db).recent(CHAT, 10)).containsExactly(
                    Turn.user("내일 10시 치과 예약 잡아줘", T0), Turn.assistant("일정 초안을 만들었어요.", T0.plusSeconds(1)));
            assertThat(new JdbcDraftStore(db).find(CHAT)).contains(draft);
            JdbcJobStore jobs = new JdbcJobStore(db, clock);
            assertThat(jobs.accept(message("u-1", "내일 10시 치과 예약 잡아줘"))).isEmpty();
            assertThat(jobs.unfinished())
                    .containsExactly(new StoredJob(interrupted, message("u-2", "고마워"), JobState.ACCEPTED));
        }
    }

    @Test
    void an_in_memory_database_is_gone_after_close() {
        String name = "restart-" + System.nanoTime();
        try (Database db = Database.inMemory(name)) {
            new JdbcHistoryStore(db).append(CHAT, Turn.user("안녕", T0));
        }

        try (Database db = Database.inMemory(name)) {
            assertThat(new JdbcHistoryStore(db).recent(CHAT, 10)).isEmpty();
        }
    }
}
