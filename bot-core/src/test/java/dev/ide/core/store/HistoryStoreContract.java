package dev.ide.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link HistoryStore} must do; subclassed by the in-memory and the database version. */
public abstract class HistoryStoreContract {

    protected static final ConversationKey CHAT = new ConversationKey(Platform.TELEGRAM, "1001");
    protected static final ConversationKey OTHER = new ConversationKey(Platform.SLACK, "1001");
    protected static final Instant T0 = Instant.parse("2026-11-27T00:15:30.123456789Z");

    protected HistoryStore store;

    /** A new, empty store. */
    protected abstract HistoryStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void recent_returns_the_last_turns_oldest_first() {
        for (int i = 1; i <= 5; i++) {
            store.append(CHAT, Turn.user("질문 " + i, T0.plusSeconds(i)));
            store.append(CHAT, Turn.assistant("답변 " + i, T0.plusSeconds(i)));
        }

        assertThat(store.recent(CHAT, 3)).extracting(Turn::text).containsExactly("답변 4", "질문 5", "답변 5");
        assertThat(store.recent(CHAT, 100)).hasSize(10);
    }

    @Test
    void a_turn_comes_back_exactly_as_it_was_stored() {
        String text = "내일 오후 3시에 \"팀 회의\" 잡아줘 🙂\n둘째 줄 — 'quotes' ; DROP TABLE history;" + "가".repeat(20_000);
        store.append(CHAT, Turn.user(text, T0));
        store.append(CHAT, Turn.assistant("", T0.plusNanos(1)));

        assertThat(store.recent(CHAT, 2)).containsExactly(Turn.user(text, T0), Turn.assistant("", T0.plusNanos(1)));
    }

    @Test
    void an_exchange_appended_in_one_call_comes_back_in_order() {
        store.append(CHAT, Turn.user("오늘 일정 알려줘", T0), Turn.assistant("오늘은 일정이 없어요.", T0));
        store.append(CHAT, Turn.user("고마워", T0.plusSeconds(5)), Turn.assistant("천만에요!", T0.plusSeconds(5)));

        assertThat(store.recent(CHAT, 10)).extracting(Turn::text)
                .containsExactly("오늘 일정 알려줘", "오늘은 일정이 없어요.", "고마워", "천만에요!");
    }

    @Test
    void an_unknown_conversation_has_no_history() {
        assertThat(store.recent(CHAT, 10)).isEmpty();
        assertThat(store.recent(CHAT, 0)).isEmpty();
    }

    @Test
    void conversations_with_the_same_chat_id_on_different_platforms_are_kept_apart() {
        store.append(CHAT, Turn.user("텔레그램", T0));
        store.append(OTHER, Turn.user("슬랙", T0));

        assertThat(store.recent(CHAT, 10)).extracting(Turn::text).containsExactly("텔레그램");
        assertThat(store.recent(OTHER, 10)).extracting(Turn::text).containsExactly("슬랙");
    }

    @Test
    void clear_forgets_only_that_conversation() {
        store.append(CHAT, Turn.user("잊어줘", T0));
        store.append(OTHER, Turn.user("기억해", T0));

        store.clear(CHAT);

        assertThat(store.recent(CHAT, 10)).isEmpty();
        assertThat(store.recent(OTHER, 10)).extracting(Turn::text).containsExactly("기억해");
        store.append(CHAT, Turn.user("새 시작", T0.plusSeconds(1)));
        assertThat(store.recent(CHAT, 10)).extracting(Turn::text).containsExactly("새 시작");
    }

    @Test
    void prune_deletes_only_turns_older_than_the_cutoff_and_counts_them() {
        Instant cutoff = T0.plus(Duration.ofDays(30));
        store.append(CHAT, Turn.user("오래됨", T0));
        store.append(OTHER, Turn.user("역시 오래됨", cutoff.minusNanos(1)));
        store.append(CHAT, Turn.assistant("경계", cutoff));
        store.append(CHAT, Turn.user("최근", cutoff.plusSeconds(1)));

        assertThat(store.pruneOlderThan(cutoff)).isEqualTo(2);

        assertThat(store.recent(CHAT, 10)).extracting(Turn::text).containsExactly("경계", "최근");
        assertThat(store.recent(OTHER, 10)).isEmpty();
        assertThat(store.pruneOlderThan(cutoff)).isZero();
    }

    @Test
    void appends_from_many_threads_are_all_kept() throws Exception {
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        store.append(CHAT, Turn.user(thread + ":" + i, T0));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Turn> all = store.recent(CHAT, threads * perThread + 10);
        assertThat(all).hasSize(threads * perThread);
        // each thread's own turns stay in the order it appended them
        for (int t = 0; t < threads; t++) {
            String prefix = t + ":";
            assertThat(all.stream().map(Turn::text).filter(s -> s.startsWith(prefix)))
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, perThread)
                            .mapToObj(i -> prefix + i).toList());
        }
    }
}
