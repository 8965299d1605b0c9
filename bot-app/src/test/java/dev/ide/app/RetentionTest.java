package dev.ide.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.app.config.Settings;
import dev.ide.app.config.SettingsSource;
import dev.ide.core.drafts.EventDraft;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.store.Turn;
import dev.ide.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database does not grow without bound: old history, finished jobs and expired drafts are pruned. */
class RetentionTest {

    @TempDir
    Path dataDir;

    @Test
    void history_and_finished_jobs_past_the_retention_period_and_expired_drafts_are_pruned() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        Settings settings = Settings.read(SettingsSource.of(Map.of("DATA_DIR", dataDir.toString(),
                "HISTORY_RETENTION_DAYS", "30"), Optional.empty()));
        try (Wiring wiring = new Wiring(settings, clock)) {
            ConversationKey chat = new ConversationKey(Platform.CONSOLE, "console");
            wiring.historyStore().append(chat, Turn.user("오래된 질문", clock.instant()));
            long job = wiring.jobStore().accept(IncomingMessage.text(Platform.TELEGRAM, "1", "42", "owner", "안녕",
                    "u1", clock.instant(), ChatKind.PRIVATE)).getAsLong();
            wiring.jobStore().markDone(job);
            wiring.draftStore().put(new PendingDraft("d1", chat, "owner",
                    new EventDraft("회의", LocalDate.of(2026, 1, 2), null, null, ""), clock.instant(),
                    clock.instant().plus(Duration.ofMinutes(30))));

            clock.advance(Duration.ofDays(31));
            wiring.historyStore().append(chat, Turn.user("새 질문", clock.instant()));
            Background.prune(wiring);

            assertThat(wiring.historyStore().recent(chat, 10)).extracting(Turn::text).containsExactly("새 질문");
            assertThat(wiring.draftStore().find(chat)).isEmpty();
            assertThat(wiring.jobStore().accept(IncomingMessage.text(Platform.TELEGRAM, "1", "42", "owner", "안녕",
                    "u1", clock.instant(), ChatKind.PRIVATE))).as("a pruned job's id no longer counts as seen")
                    .isPresent();
        }
    }
}
