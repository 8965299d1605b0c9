package dev.ide.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FloodControlTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

    @Test
    void edits_of_all_chats_share_one_budget_that_refills_over_time() {
        FloodControl flood = new FloodControl(clock, 30, 3);

        for (int i = 0; i < 3; i++) {
            assertThat(flood.streamingAllowed()).isTrue();
            flood.spendEdit();
        }
        assertThat(flood.streamingAllowed()).as("burst spent").isFalse();

        clock.advance(Duration.ofSeconds(2)); // 30 a minute: one edit every two seconds
        assertThat(flood.streamingAllowed()).isTrue();
    }

    @Test
    void a_final_edit_without_budget_is_spent_as_debt_and_keeps_streaming_off_longer() {
        FloodControl flood = new FloodControl(clock, 60, 1);
        flood.spendEdit();
        flood.spendEdit();

        clock.advance(Duration.ofSeconds(1));
        assertThat(flood.streamingAllowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(flood.streamingAllowed()).isTrue();
    }

    @Test
    void a_429_turns_streaming_off_until_the_penalty_is_over() {
        FloodControl flood = new FloodControl(clock, 30, 10);

        flood.penalize(Duration.ofSeconds(30));
        assertThat(flood.penalized()).isTrue();
        assertThat(flood.streamingAllowed()).isFalse();

        clock.advance(Duration.ofSeconds(29));
        assertThat(flood.streamingAllowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(flood.penalized()).isFalse();
        assertThat(flood.streamingAllowed()).isTrue();
    }

    @Test
    void a_shorter_later_penalty_does_not_cut_a_longer_one() {
        FloodControl flood = new FloodControl(clock, 30, 10);

        flood.penalize(Duration.ofSeconds(30));
        flood.penalize(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(10));

        assertThat(flood.penalized()).isTrue();
    }
}
