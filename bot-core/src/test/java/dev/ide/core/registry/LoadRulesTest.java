package dev.ide.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadRulesTest {

    @ParameterizedTest(name = "active_jobs {0} reads as {1}")
    @CsvSource({"0, IDLE", "1, NORMAL", "2, BUSY", "3, BUSY", "4, VERY_BUSY", "9, VERY_BUSY"})
    void active_jobs_from_the_status_api_map_to_the_seed_words(int activeJobs, LoadWord expected) {
        assertThat(LoadRules.fromActiveJobs(activeJobs)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "inference {0} ms reads as {1}")
    @CsvSource({"3999, IDLE", "4000, IDLE", "4001, BUSY", "8000, BUSY", "8001, VERY_BUSY"})
    void inference_latency_thresholds_are_strictly_above_4000_and_8000_ms(double inferenceMs, LoadWord expected) {
        assertThat(LoadRules.fromLatency(inferenceMs, 100, 100)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "health {0} ms against baseline 100 reads as {1}")
    @CsvSource({"100, IDLE", "200, IDLE", "201, NORMAL", "500, NORMAL", "501, BUSY"})
    void health_latency_thresholds_are_strictly_above_2x_and_5x_baseline(double healthMs, LoadWord expected) {
        assertThat(LoadRules.fromLatency(null, healthMs, 100)).isEqualTo(expected);
    }

    @Test
    void a_fast_probe_does_not_hide_a_slow_health_check() {
        assertThat(LoadRules.fromLatency(50.0, 501, 100)).isEqualTo(LoadWord.BUSY);
        assertThat(LoadRules.fromLatency(9000.0, 10, 100)).isEqualTo(LoadWord.VERY_BUSY);
    }

    @ParameterizedTest(name = "{0} with {1} active local jobs becomes {2}")
    @CsvSource({
            "IDLE, 0, IDLE", "IDLE, 1, IDLE", "IDLE, 2, NORMAL",
            "NORMAL, 1, NORMAL", "NORMAL, 2, BUSY", "NORMAL, 5, BUSY",
            "BUSY, 3, BUSY", "VERY_BUSY, 3, VERY_BUSY"})
    void more_than_one_active_local_job_raises_the_load_by_one_step(LoadWord load, int active, LoadWord expected) {
        assertThat(LoadRules.withLocalQueue(load, active)).isEqualTo(expected);
    }

    @Test
    void the_probe_runs_when_forced_unless_cooling_down() {
        assertThat(LoadRules.shouldProbe(true, true, false, 10, 100)).isTrue();
        assertThat(LoadRules.shouldProbe(true, true, true, 10, 100)).isFalse();
    }

    @Test
    void an_unforced_probe_needs_a_stale_cache_and_health_above_3x_baseline() {
        assertThat(LoadRules.shouldProbe(false, false, false, 301, 100)).isTrue();
        assertThat(LoadRules.shouldProbe(false, false, false, 300, 100)).isFalse();
        assertThat(LoadRules.shouldProbe(false, true, false, 301, 100)).isFalse();
    }

    @Test
    void the_first_sample_sets_the_baseline_and_the_next_ones_keep_the_max_until_the_fifth() {
        double b = LoadRules.nextBaseline(null, 1, 40);
        assertThat(b).isEqualTo(40);
        b = LoadRules.nextBaseline(b, 2, 120);
        assertThat(b).isEqualTo(120);
        b = LoadRules.nextBaseline(b, 3, 20);
        assertThat(b).isEqualTo(120);
        b = LoadRules.nextBaseline(b, 4, 30);
        assertThat(b).isEqualTo(120);
        // The seed's `sample_count < 5`: the fifth sample is already averaged.
        b = LoadRules.nextBaseline(b, 5, 20);
        assertThat(b).isEqualTo(110);
    }

    @Test
    void after_the_first_samples_the_baseline_is_an_ema_of_0_9_old_and_0_1_new() {
        assertThat(LoadRules.nextBaseline(100.0, 6, 200)).isEqualTo(110);
        assertThat(LoadRules.nextBaseline(100.0, 50, 0)).isEqualTo(90);
    }

    @Test
    void the_baseline_never_drops_below_10_ms() {
        assertThat(LoadRules.nextBaseline(null, 1, 2)).isEqualTo(10);
        assertThat(LoadRules.nextBaseline(10.0, 9, 1)).isEqualTo(10);
        assertThat(LoadRules.nextBaseline(10.0, 2, 3)).isEqualTo(10);
    }
}
