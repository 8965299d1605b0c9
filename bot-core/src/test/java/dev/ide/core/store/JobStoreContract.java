package dev.ide.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link JobStore} must do; subclassed by the in-memory and the database version. */
public abstract class JobStoreContract {

    protected static final Instant T0 = Instant.parse("2026-11-27T00:15:30.123456789Z");

    protected final MutableClock clock = new MutableClock(T0);
    protected JobStore store;

    /** A new, empty store that stamps finished jobs with the clock. */
    protected abstract JobStore newStore(Clock clock);

    @BeforeEach
    void createStore() {
        store = newStore(clock);
    }

    protected static IncomingMessage telegram(String messageId, String text) {
        return IncomingMessage.text(Platform.TELEGRAM, "1001", "42", "민수", text, messageId, T0, ChatKind.PRIVATE);
    }

    @Test
    void an_accepted_message_waits_as_an_unfinished_job_with_every_detail() {
        IncomingMessage text = IncomingMessage.text(Platform.SLACK, "C01", "U42", "김민수", "오늘 일정 알려줘 🙂",
                "Ev123", T0, ChatKind.GROUP).withThread("1732668930.000100");
        IncomingMessage press = IncomingMessage.buttonPress(Platform.TELEGRAM, "1001", "42", "", "draft:confirm:abc",
                "cb-9", "777", T0.plusSeconds(1), ChatKind.PRIVATE);
        IncomingMessage console = IncomingMessage.text(Platform.CONSOLE, "console", "owner", null, "안녕", null,
                T0.plusSeconds(2), ChatKind.PRIVATE);

        long first = store.accept(text).orElseThrow();
        long second = store.accept(press).orElseThrow();
        long third = store.accept(console).orElseThrow();

        assertThat(first).isLessThan(second);
        assertThat(second).isLessThan(third);
        assertThat(store.unfinished()).containsExactly(
                new StoredJob(first, text, JobState.ACCEPTED),
                new StoredJob(second, press, JobState.ACCEPTED),
                new StoredJob(third, console, JobState.ACCEPTED));
    }

    @Test
    void a_retried_platform_message_is_refused() {
        OptionalLong first = store.accept(telegram("update-1", "안녕"));

        OptionalLong retry = store.accept(telegram("update-1", "안녕"));

        assertThat(first).isPresent();
        assertThat(retry).isEmpty();
        assertThat(store.unfinished()).hasSize(1);
    }

    @Test
    void the_same_message_id_on_another_platform_is_a_different_message() {
        store.accept(telegram("m1", "텔레그램"));

        OptionalLong slack = store.accept(IncomingMessage.text(Platform.SLACK, "1001", "42", "", "슬랙", "m1", T0,
                ChatKind.PRIVATE));

        assertThat(slack).isPresent();
    }

    @Test
    void messages_without_a_platform_id_are_always_accepted() {
        IncomingMessage console = IncomingMessage.text(Platform.CONSOLE, "console", "owner", "", "안녕", null, T0,
                ChatKind.PRIVATE);

        assertThat(store.accept(console)).isPresent();
        assertThat(store.accept(console)).isPresent();
        assertThat(store.unfinished()).hasSize(2);
    }

    @Test
    void accepted_jobs_stay_unfinished_and_done_or_failed_jobs_do_not() {
        long open = store.accept(telegram("m1", "하나")).orElseThrow();
        long done = store.accept(telegram("m2", "둘")).orElseThrow();
        long failed = store.accept(telegram("m3", "셋")).orElseThrow();

        store.markDone(done);
        store.markFailed(failed);

        assertThat(store.unfinished()).extracting(StoredJob::id, StoredJob::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(open, JobState.ACCEPTED));
    }

    @Test
    void a_finished_message_still_counts_as_seen() {
        long id = store.accept(telegram("m1", "안녕")).orElseThrow();
        store.markDone(id);

        assertThat(store.accept(telegram("m1", "안녕"))).isEmpty();
    }

    @Test
    void prune_forgets_jobs_finished_before_the_cutoff_so_their_ids_count_again() {
        long old = store.accept(telegram("old", "오래됨")).orElseThrow();
        long unfinished = store.accept(telegram("waiting", "대기")).orElseThrow();
        store.markDone(old);
        clock.advance(Duration.ofDays(2));
        long recent = store.accept(telegram("recent", "최근")).orElseThrow();
        store.markFailed(recent);

        int pruned = store.pruneFinishedBefore(T0.plus(Duration.ofDays(1)));

        assertThat(pruned).isEqualTo(1);
        assertThat(store.accept(telegram("old", "오래됨"))).isPresent();
        assertThat(store.accept(telegram("recent", "최근"))).isEmpty();
        assertThat(store.accept(telegram("waiting", "대기"))).isEmpty();
        assertThat(store.unfinished()).extracting(StoredJob::id).first().isEqualTo(unfinished);
    }

    @Test
    void of_many_concurrent_deliveries_of_one_message_exactly_one_is_accepted() throws Exception {
        int deliveries = 16;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<OptionalLong>> tasks = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                tasks.add(() -> store.accept(telegram("same", "중복")));
            }
            int accepted = 0;
            for (Future<OptionalLong> f : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
                accepted += f.get().isPresent() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.unfinished()).hasSize(1);
    }
}
