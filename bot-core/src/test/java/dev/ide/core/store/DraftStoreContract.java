package dev.ide.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DraftStore} must do; subclassed by the in-memory and the database version. */
public abstract class DraftStoreContract {

    protected static final ConversationKey CHAT = new ConversationKey(Platform.TELEGRAM, "1001");
    protected static final ConversationKey OTHER = new ConversationKey(Platform.SLACK, "1001");
    protected static final Instant T0 = Instant.parse("2026-11-27T00:15:30.123456789Z");

    protected DraftStore store;

    /** A new, empty store. */
    protected abstract DraftStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    protected static PendingDraft meeting(String id, ConversationKey conversation, Instant createdAt) {
        EventDraft event = new EventDraft("팀 회의 '분기 계획'", LocalDate.of(2026, 11, 28), LocalTime.of(15, 0),
                LocalTime.of(16, 30), "3층 회의실\n노트북 지참");
        return new PendingDraft(id, conversation, "42", event, createdAt, createdAt.plus(Duration.ofMinutes(30)));
    }

    protected static PendingDraft allDay(String id, ConversationKey conversation, Instant createdAt) {
        EventDraft event = new EventDraft("연차", LocalDate.of(2026, 12, 24), null, null, null);
        return new PendingDraft(id, conversation, "U42", event, createdAt, createdAt.plus(Duration.ofMinutes(30)));
    }

    @Test
    void a_stored_draft_comes_back_with_every_detail() {
        PendingDraft timed = meeting("d1", CHAT, T0);
        PendingDraft wholeDay = allDay("d2", OTHER, T0);

        store.put(timed);
        store.put(wholeDay);

        assertThat(store.find(CHAT)).contains(timed);
        assertThat(store.find(OTHER)).contains(wholeDay);
        assertThat(store.find(OTHER).orElseThrow().event().allDay()).isTrue();
    }

    @Test
    void a_conversation_without_a_draft_finds_nothing() {
        assertThat(store.find(CHAT)).isEmpty();
    }

    @Test
    void a_newer_draft_replaces_the_older_one() {
        store.put(meeting("old", CHAT, T0));
        PendingDraft newer = allDay("new", CHAT, T0.plusSeconds(60));

        store.put(newer);

        assertThat(store.find(CHAT)).contains(newer);
    }

    @Test
    void remove_with_a_stale_id_keeps_the_current_draft() {
        store.put(meeting("old", CHAT, T0));
        store.put(meeting("new", CHAT, T0.plusSeconds(60)));

        assertThat(store.remove(CHAT, "old")).isFalse();
        assertThat(store.find(CHAT)).map(PendingDraft::id).contains("new");
    }

    @Test
    void remove_with_the_current_id_removes_it_once() {
        store.put(meeting("d1", CHAT, T0));

        assertThat(store.remove(CHAT, "d1")).isTrue();
        assertThat(store.remove(CHAT, "d1")).isFalse();
        assertThat(store.find(CHAT)).isEmpty();
    }

    @Test
    void clear_removes_only_that_conversations_draft() {
        store.put(meeting("d1", CHAT, T0));
        store.put(meeting("d2", OTHER, T0));

        store.clear(CHAT);
        store.clear(CHAT);

        assertThat(store.find(CHAT)).isEmpty();
        assertThat(store.find(OTHER)).map(PendingDraft::id).contains("d2");
    }

    @Test
    void prune_deletes_drafts_that_expired_before_the_cutoff() {
        PendingDraft expired = meeting("d1", CHAT, T0);
        PendingDraft fresh = meeting("d2", OTHER, T0.plus(Duration.ofHours(1)));
        store.put(expired);
        store.put(fresh);

        assertThat(store.pruneExpiredBefore(expired.expiresAt())).isZero();
        assertThat(store.pruneExpiredBefore(expired.expiresAt().plusNanos(1))).isEqualTo(1);

        assertThat(store.find(CHAT)).isEmpty();
        assertThat(store.find(OTHER)).contains(fresh);
    }
}
