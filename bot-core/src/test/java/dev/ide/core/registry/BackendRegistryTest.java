package dev.ide.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ide.core.model.HealthCheck;
import dev.ide.core.model.Role;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

class BackendRegistryTest {

    private final Backends b = new Backends();
    private final BackendRegistry registry = b.registry;

    @AfterEach
    void stopServers() {
        b.close();
    }

    /** Five healthy samples of {@code ms}: the baseline is then exactly {@code ms}. */
    private void settleBaseline(Role role, double ms) {
        for (int i = 0; i < 5; i++) {
            registry.recordHealth(role, new HealthCheck(true, ms));
        }
    }

    // --- the /status API

    @ParameterizedTest(name = "active_jobs {0} → {1}")
    @CsvSource({"0, 여유", "1, 보통", "2, 바쁨", "3, 바쁨", "4, 매우 바쁨"})
    void a_backend_with_status_reports_its_load_from_active_jobs(int activeJobs, String word) {
        b.classifierServer.status(activeJobs, 100 + activeJobs);
        registry.checkAll();

        LoadStatus load = registry.loadStatus(Role.CLASSIFIER, false);

        assertThat(load.load().text()).isEqualTo(word);
        assertThat(load.source()).isEqualTo(LoadSource.STATUS_API);
        assertThat(load.activeJobs()).isEqualTo(activeJobs);
        assertThat(load.totalRequests()).isEqualTo(100L + activeJobs);
        assertThat(load.inferenceMs()).isNull();
        assertThat(load.measured()).isFalse();
        assertThat(b.classifierServer.completionCount()).isZero();
    }

    @Test
    void an_unforced_read_uses_the_cached_status_and_a_forced_read_asks_the_backend_again() {
        b.classifierServer.status(0, 10);
        registry.checkAll();
        b.classifierServer.status(4, 50);
        long statusCalls = b.classifierServer.count("/status");

        assertThat(registry.loadStatus(Role.CLASSIFIER, false).load()).isEqualTo(LoadWord.IDLE);
        assertThat(b.classifierServer.count("/status")).isEqualTo(statusCalls);

        LoadStatus forced = registry.loadStatus(Role.CLASSIFIER, true);
        assertThat(forced.load()).isEqualTo(LoadWord.VERY_BUSY);
        assertThat(forced.totalRequests()).isEqualTo(50L);
        assertThat(b.classifierServer.count("/status")).isEqualTo(statusCalls + 1);
        // The fresh answer replaced the cache.
        assertThat(registry.loadStatus(Role.CLASSIFIER, false).load()).isEqualTo(LoadWord.VERY_BUSY);
    }

    @Test
    void a_backend_answering_404_on_status_is_unsupported_not_down() {
        registry.checkAll();

        LoadStatus load = registry.loadStatus(Role.REASONER, false);

        assertThat(b.reasonerServer.count("/status")).isEqualTo(1);
        assertThat(registry.isHealthy(Role.REASONER)).isTrue();
        assertThat(load.source()).isEqualTo(LoadSource.HYBRID);
        assertThat(load.activeJobs()).isNull();
        assertThat(load.totalRequests()).isNull();
    }

    @Test
    void a_backend_answering_status_with_something_other_than_json_is_unsupported_not_down() {
        b.classifierServer.statusBody("OK");
        registry.checkAll();

        assertThat(registry.isHealthy(Role.CLASSIFIER)).isTrue();
        assertThat(registry.loadStatus(Role.CLASSIFIER, false).source()).isEqualTo(LoadSource.HYBRID);
    }

    @Test
    void a_forced_read_that_gets_no_status_falls_back_to_the_hybrid_rule() {
        b.classifierServer.status(3, 10);
        registry.checkAll();
        b.classifierServer.status(null, 0);

        LoadStatus load = registry.loadStatus(Role.CLASSIFIER, true);

        assertThat(load.source()).isEqualTo(LoadSource.HYBRID);
        assertThat(load.measured()).isTrue();
        assertThat(b.classifierServer.completionCount()).isEqualTo(1);
    }

    // --- the baseline

    @Test
    void before_any_healthy_check_the_baseline_is_50_ms() {
        assertThat(registry.loadStatus(Role.REASONER, false).healthBaselineMs()).isEqualTo(50);
    }

    @Test
    void the_baseline_takes_the_max_of_the_first_samples_then_an_ema() {
        double[] samples = {40, 120, 20, 30};
        double[] expected = {40, 120, 120, 120};
        for (int i = 0; i < samples.length; i++) {
            registry.recordHealth(Role.REASONER, new HealthCheck(true, samples[i]));
            assertThat(registry.loadStatus(Role.REASONER, false).healthBaselineMs()).isEqualTo(expected[i]);
        }
        registry.recordHealth(Role.REASONER, new HealthCheck(true, 20));
        assertThat(registry.loadStatus(Role.REASONER, false).healthBaselineMs()).isEqualTo(110);
        registry.recordHealth(Role.REASONER, new HealthCheck(true, 210));
        assertThat(registry.loadStatus(Role.REASONER, false).healthBaselineMs()).isEqualTo(120);
    }

    @Test
    void the_baseline_never_drops_below_10_ms() {
        settleBaseline(Role.REASONER, 1);
        registry.recordHealth(Role.REASONER, new HealthCheck(true, 0.5));

        assertThat(registry.loadStatus(Role.REASONER, false).healthBaselineMs()).isEqualTo(10);
    }

    @Test
    void a_failed_health_check_does_not_move_the_baseline_but_is_shown_as_the_latency() {
        settleBaseline(Role.REASONER, 100);
        registry.recordHealth(Role.REASONER, new HealthCheck(false, 9000));

        LoadStatus load = registry.loadStatus(Role.REASONER, false);
        assertThat(load.healthBaselineMs()).isEqualTo(100);
        assertThat(load.healthMs()).isEqualTo(9000);
    }

    // --- the hybrid rule

    @ParameterizedTest(name = "health {0} ms after a 100 ms baseline → {1}")
    @CsvSource({
            // The sample itself enters the EMA: 225 → baseline 112.5 (exactly 2×), 900 → 180 (exactly 5×).
            "225, IDLE", "226, NORMAL", "900, NORMAL", "901, BUSY"})
    void health_latency_at_and_just_above_2x_and_5x_baseline(double healthMs, LoadWord expected) {
        settleBaseline(Role.REASONER, 100);
        registry.recordInference(Role.REASONER, 100);
        registry.recordHealth(Role.REASONER, new HealthCheck(true, healthMs));

        LoadStatus load = registry.loadStatus(Role.REASONER, false);

        assertThat(load.load()).isEqualTo(expected);
        assertThat(load.healthMs()).isEqualTo(healthMs);
        assertThat(b.reasonerServer.completionCount()).isZero();
    }

    @ParameterizedTest(name = "inference {0} ms → {1}")
    @CsvSource({"4000, IDLE", "4001, BUSY", "8000, BUSY", "8001, VERY_BUSY"})
    void a_cached_inference_latency_at_and_just_above_4000_and_8000_ms(double inferenceMs, LoadWord expected) {
        settleBaseline(Role.REASONER, 100);
        registry.recordInference(Role.REASONER, inferenceMs);
        b.clock.advance(Duration.ofSeconds(29));

        LoadStatus load = registry.loadStatus(Role.REASONER, false);

        assertThat(load.load()).isEqualTo(expected);
        assertThat(load.inferenceMs()).isEqualTo(inferenceMs);
        assertThat(load.measured()).isTrue();
    }

    @Test
    void a_forced_read_probes_once_then_the_10_second_cooldown_and_30_second_cache_apply() {
        registry.checkAll();

        LoadStatus first = registry.loadStatus(Role.REASONER, true);
        assertThat(first.measured()).isTrue();
        assertThat(first.inferenceMs()).isNotNull();
        assertThat(b.reasonerServer.completionCount()).isEqualTo(1);
        assertThat(b.reasonerServer.completions().get(0).maxTokens()).isEqualTo(1);

        b.clock.advance(Duration.ofMillis(9_999));
        LoadStatus coolingDown = registry.loadStatus(Role.REASONER, true);
        assertThat(b.reasonerServer.completionCount()).isEqualTo(1);
        assertThat(coolingDown.inferenceMs()).isEqualTo(first.inferenceMs());

        b.clock.advance(Duration.ofMillis(1));
        registry.loadStatus(Role.REASONER, true);
        assertThat(b.reasonerServer.completionCount()).isEqualTo(2);

        b.clock.advance(Duration.ofMillis(29_999));
        LoadStatus cached = registry.loadStatus(Role.REASONER, false);
        assertThat(cached.measured()).isTrue();

        b.clock.advance(Duration.ofMillis(1));
        LoadStatus stale = registry.loadStatus(Role.REASONER, false);
        assertThat(stale.measured()).isFalse();
        assertThat(stale.inferenceMs()).isNull();
        assertThat(b.reasonerServer.completionCount()).isEqualTo(2);
    }

    @Test
    void an_unforced_read_probes_only_when_the_cache_is_stale_and_health_is_above_3x_baseline() {
        settleBaseline(Role.REASONER, 70);
        // 270 ms moves the baseline to 90: exactly 3×, no probe.
        registry.recordHealth(Role.REASONER, new HealthCheck(true, 270));
        assertThat(registry.loadStatus(Role.REASONER, false).measured()).isFalse();
        assertThat(b.reasonerServer.completionCount()).isZero();

        registry.recordHealth(Role.REASONER, new HealthCheck(true, 400));
        assertThat(registry.loadStatus(Role.REASONER, false).measured()).isTrue();
        assertThat(b.reasonerServer.completionCount()).isEqualTo(1);

        // Still slow, but the probe is fresh: no second probe.
        b.clock.advance(Duration.ofSeconds(20));
        assertThat(registry.loadStatus(Role.REASONER, false).measured()).isTrue();
        assertThat(b.reasonerServer.completionCount()).isEqualTo(1);
    }

    @Test
    void a_failed_probe_leaves_no_inference_time_and_starts_no_cooldown() {
        registry.checkAll();
        b.reasonerServer.failCompletions(500);

        LoadStatus load = registry.loadStatus(Role.REASONER, true);
        registry.loadStatus(Role.REASONER, true);

        assertThat(load.measured()).isFalse();
        assertThat(load.inferenceMs()).isNull();
        assertThat(b.reasonerServer.completionCount()).isEqualTo(2);
    }

    @Test
    void a_backend_found_down_is_not_probed_even_when_forced() {
        settleBaseline(Role.REASONER, 20);
        b.reasonerServer.healthy(false);
        registry.recordHealth(Role.REASONER, new HealthCheck(false, 10_000));

        LoadStatus load = registry.loadStatus(Role.REASONER, true);

        assertThat(load.measured()).isFalse();
        assertThat(load.healthMs()).isEqualTo(10_000);
        assertThat(b.reasonerServer.completionCount()).isZero();
    }

    @Test
    void concurrent_forced_reads_send_one_probe_at_a_time_and_share_its_result() throws Exception {
        registry.checkAll();
        b.reasonerServer.completionDelay(Duration.ofMillis(300));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<LoadStatus> one = pool.submit(() -> registry.loadStatus(Role.REASONER, true));
            Future<LoadStatus> two = pool.submit(() -> registry.loadStatus(Role.REASONER, true));

            Double first = one.get(10, TimeUnit.SECONDS).inferenceMs();
            Double second = two.get(10, TimeUnit.SECONDS).inferenceMs();

            assertThat(first).isNotNull().isGreaterThanOrEqualTo(300.0);
            assertThat(second).isEqualTo(first);
            assertThat(b.reasonerServer.completionCount()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void more_than_one_active_local_job_raises_the_hybrid_load_with_the_asking_job_excluded() {
        settleBaseline(Role.REASONER, 100);
        registry.recordInference(Role.REASONER, 100);

        b.activeLocalJobs.set(1);
        assertThat(registry.loadStatus(Role.REASONER, false).load()).isEqualTo(LoadWord.IDLE);
        b.activeLocalJobs.set(2);
        assertThat(registry.loadStatus(Role.REASONER, false).load()).isEqualTo(LoadWord.NORMAL);

        registry.recordHealth(Role.REASONER, new HealthCheck(true, 226));
        assertThat(registry.loadStatus(Role.REASONER, false).load()).isEqualTo(LoadWord.BUSY);
        b.activeLocalJobs.set(1);
        assertThat(registry.loadStatus(Role.REASONER, false).load()).isEqualTo(LoadWord.NORMAL);
    }

    @Test
    void the_local_queue_does_not_change_a_load_read_from_the_status_api() {
        b.classifierServer.status(0, 1);
        registry.checkAll();
        b.activeLocalJobs.set(5);

        assertThat(registry.loadStatus(Role.CLASSIFIER, false).load()).isEqualTo(LoadWord.IDLE);
    }

    // --- health

    @Test
    void a_backend_going_down_and_up_again_is_seen_by_the_next_round() {
        b.classifierServer.status(1, 7);
        registry.checkAll();
        assertThat(registry.isHealthy(Role.REASONER)).isTrue();

        b.reasonerServer.healthy(false);
        b.classifierServer.healthy(false);
        b.clock.advance(Duration.ofSeconds(30));
        registry.checkAll();
        assertThat(registry.isHealthy(Role.REASONER)).isFalse();
        assertThat(registry.healthSummary().get(Role.REASONER).healthy()).isFalse();
        // A down backend's old counters are not shown as its load.
        assertThat(registry.loadStatus(Role.CLASSIFIER, false).source()).isEqualTo(LoadSource.HYBRID);

        b.reasonerServer.healthy(true);
        b.classifierServer.healthy(true);
        b.clock.advance(Duration.ofSeconds(30));
        registry.checkAll();
        assertThat(registry.isHealthy(Role.REASONER)).isTrue();
        assertThat(registry.loadStatus(Role.CLASSIFIER, false).source()).isEqualTo(LoadSource.STATUS_API);
    }

    @Test
    void each_change_between_up_and_down_is_logged_once_with_its_latency_and_only_down_warns() {
        Logger logger = (Logger) LoggerFactory.getLogger(BackendRegistry.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level level = logger.getLevel();
        boolean additive = logger.isAdditive();
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(appender);
        try {
            registry.recordHealth(Role.REASONER, new HealthCheck(true, 12));
            registry.recordHealth(Role.REASONER, new HealthCheck(true, 13));
            registry.recordHealth(Role.REASONER, new HealthCheck(false, 2003.4));
            registry.recordHealth(Role.REASONER, new HealthCheck(false, 2001));
            registry.recordHealth(Role.REASONER, new HealthCheck(true, 15));

            List<String> lines = appender.list.stream()
                    .map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
            assertThat(lines).containsExactly(
                    "INFO Gemma4 (reasoner) → UP (12 ms)",
                    "WARN Gemma4 (reasoner) → DOWN (2003 ms)",
                    "INFO Gemma4 (reasoner) → UP (15 ms)");
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(level);
            logger.setAdditive(additive);
        }
    }

    @Test
    void the_health_summary_names_each_model_and_its_last_check() {
        assertThat(registry.lastCheckedAt(Role.CLASSIFIER)).isEmpty();
        b.reasonerServer.healthy(false);
        registry.checkAll();

        HealthSummary classifier = registry.healthSummary().get(Role.CLASSIFIER);
        HealthSummary reasoner = registry.healthSummary().get(Role.REASONER);
        assertThat(classifier.name()).isEqualTo("EXAONE");
        assertThat(classifier.model()).isEqualTo("exaone-3.5-7.8b");
        assertThat(classifier.healthy()).isTrue();
        assertThat(classifier.latencyMs()).isPositive();
        assertThat(reasoner.name()).isEqualTo("Gemma4");
        assertThat(reasoner.healthy()).isFalse();
        assertThat(registry.lastCheckedAt(Role.CLASSIFIER)).isEqualTo(Optional.of(Backends.START));
    }

    @Test
    void a_slow_backend_without_status_is_busy_by_the_hybrid_rule_over_real_http() {
        for (int i = 0; i < 5; i++) {
            registry.checkAll();
            b.clock.advance(Duration.ofSeconds(30));
        }
        b.reasonerServer.healthDelay(Duration.ofMillis(400));
        registry.checkAll();

        LoadStatus load = registry.loadStatus(Role.REASONER, false);

        // Loopback health answers in a few ms (baseline floored at 10 ms): 400 ms is far above 5×.
        assertThat(load.healthMs()).isGreaterThanOrEqualTo(400);
        assertThat(load.load()).isEqualTo(LoadWord.BUSY);
        assertThat(load.measured()).isTrue();
        assertThat(b.reasonerServer.completionCount()).isEqualTo(1);
    }
}
