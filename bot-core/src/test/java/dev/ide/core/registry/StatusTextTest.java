package dev.ide.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.jobs.QueueStats;
import dev.ide.core.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusTextTest {

    private static final Instant CHECKED = Instant.parse("2026-11-27T01:00:00Z");
    private static final HealthSummary EXAONE_UP = new HealthSummary("EXAONE", "exaone-3.5-7.8b", true, 12.4);
    private static final HealthSummary GEMMA_UP = new HealthSummary("Gemma4", "gemma-4-27b", true, 31.0);
    private static final QueueStats QUEUE = new QueueStats(1, 2, 1234, 3);

    private static LoadStatus statusApi(LoadWord word, int active, long total) {
        return new LoadStatus(word, LoadSource.STATUS_API, active, total, 12.4, 11.0, null, false);
    }

    private static LoadStatus hybrid(LoadWord word, Double inferenceMs) {
        return new LoadStatus(word, LoadSource.HYBRID, null, null, 31.0, 25.0, inferenceMs, inferenceMs != null);
    }

    private static StatusReport report(HealthSummary classifier, LoadStatus classifierLoad, HealthSummary reasoner,
                                       LoadStatus reasonerLoad) {
        return new StatusReport(Map.of(Role.CLASSIFIER, classifier, Role.REASONER, reasoner),
                Map.of(Role.CLASSIFIER, classifierLoad, Role.REASONER, reasonerLoad),
                Map.of(Role.CLASSIFIER, CHECKED, Role.REASONER, CHECKED), QUEUE,
                Duration.ofHours(26).plusMinutes(5));
    }

    @Test
    void both_models_up_and_idle() {
        String text = StatusText.render(report(EXAONE_UP, statusApi(LoadWord.IDLE, 0, 1500),
                GEMMA_UP, hybrid(LoadWord.IDLE, 850.2)));

        assertThat(text).isEqualTo("""
                이드 상태예요.

                [분류 모델] EXAONE · exaone-3.5-7.8b
                  상태: 정상 (응답 12ms)
                  부하: 여유 (상태 API 기준 · 처리 중 0건 · 누적 요청 1,500건)

                [추론 모델] Gemma4 · gemma-4-27b
                  상태: 정상 (응답 31ms)
                  부하: 여유 (응답 속도로 추정 · 추론 850ms)

                [이드 대기열] 처리 중 1 · 대기 2 · 완료 1,234 · 실패 3
                [가동 시간] 1일 2시간""");
    }

    @Test
    void the_classifier_busy_by_its_status_api_shows_its_job_counts() {
        String text = StatusText.render(report(EXAONE_UP, statusApi(LoadWord.BUSY, 3, 77),
                GEMMA_UP, hybrid(LoadWord.IDLE, null)));

        assertThat(text).contains("[분류 모델] EXAONE · exaone-3.5-7.8b\n  상태: 정상 (응답 12ms)\n"
                + "  부하: 바쁨 (상태 API 기준 · 처리 중 3건 · 누적 요청 77건)");
        assertThat(text).contains("[추론 모델] Gemma4 · gemma-4-27b\n  상태: 정상 (응답 31ms)\n"
                + "  부하: 여유 (응답 속도로 추정)\n");
    }

    @Test
    void the_reasoner_without_status_and_slow_shows_its_measured_inference_time() {
        HealthSummary slow = new HealthSummary("Gemma4", "gemma-4-27b", true, 640.0);
        String text = StatusText.render(report(EXAONE_UP, statusApi(LoadWord.IDLE, 0, 5),
                slow, hybrid(LoadWord.VERY_BUSY, 9234.6)));

        assertThat(text).contains("[추론 모델] Gemma4 · gemma-4-27b\n  상태: 정상 (응답 640ms)\n"
                + "  부하: 매우 바쁨 (응답 속도로 추정 · 추론 9,235ms)\n");
    }

    @Test
    void a_model_that_is_down_says_so_and_shows_no_load_word() {
        HealthSummary down = new HealthSummary("Gemma4", "gemma-4-27b", false, 10003.0);
        String text = StatusText.render(report(EXAONE_UP, statusApi(LoadWord.IDLE, 0, 5),
                down, hybrid(LoadWord.BUSY, null)));

        assertThat(text).contains("[추론 모델] Gemma4 · gemma-4-27b\n  상태: 응답 없음\n"
                + "  부하: 알 수 없음 (모델이 응답하지 않아요)\n");
        assertThat(text).contains("[분류 모델] EXAONE · exaone-3.5-7.8b\n  상태: 정상 (응답 12ms)");
    }

    @Test
    void a_model_not_checked_yet_is_not_called_down() {
        StatusReport report = new StatusReport(Map.of(Role.CLASSIFIER, EXAONE_UP, Role.REASONER,
                new HealthSummary("Gemma4", "gemma-4-27b", false, 0)),
                Map.of(Role.CLASSIFIER, statusApi(LoadWord.IDLE, 0, 5), Role.REASONER, hybrid(LoadWord.IDLE, null)),
                Map.of(Role.CLASSIFIER, CHECKED), QUEUE, Duration.ofSeconds(3));

        String text = StatusText.render(report);

        assertThat(text).contains("[추론 모델] Gemma4 · gemma-4-27b\n  상태: 아직 확인 전이에요\n");
        assertThat(text).endsWith("[가동 시간] 3초");
    }

    @Test
    void uptime_reads_in_its_two_largest_units() {
        assertThat(StatusText.uptime(Duration.ofSeconds(42))).isEqualTo("42초");
        assertThat(StatusText.uptime(Duration.ofSeconds(252))).isEqualTo("4분 12초");
        assertThat(StatusText.uptime(Duration.ofMinutes(65))).isEqualTo("1시간 5분");
        assertThat(StatusText.uptime(Duration.ofHours(51))).isEqualTo("2일 3시간");
    }

    @Test
    void status_from_live_backends_one_busy_by_status_one_slow_without_it_and_no_urls() {
        try (Backends b = new Backends()) {
            b.classifierServer.status(2, 310);
            b.reasonerServer.completionDelay(Duration.ofMillis(4_100));
            b.registry.checkAll();

            String text = StatusText.render(StatusReport.collect(b.registry, true, new QueueStats(0, 0, 7, 0),
                    Duration.ofMinutes(3)));

            assertThat(text).contains("  부하: 바쁨 (상태 API 기준 · 처리 중 2건 · 누적 요청 310건)");
            assertThat(text).containsPattern("  부하: 바쁨 \\(응답 속도로 추정 · 추론 4,[1-9]\\d\\dms\\)");
            assertThat(text).contains("[이드 대기열] 처리 중 0 · 대기 0 · 완료 7 · 실패 0");
            assertThat(text).doesNotContain("127.0.0.1", "http");
        }
    }

    @Test
    void status_from_live_backends_with_one_down_does_not_probe_the_down_one() {
        try (Backends b = new Backends()) {
            b.reasonerServer.healthy(false);
            b.registry.checkAll();

            String text = StatusText.render(StatusReport.collect(b.registry, true, new QueueStats(0, 0, 0, 0),
                    Duration.ofSeconds(5)));

            assertThat(text).contains("[추론 모델] Gemma4 · gemma-4-27b\n  상태: 응답 없음\n");
            assertThat(text).contains("[분류 모델] EXAONE · exaone-3.5-7.8b\n  상태: 정상");
            assertThat(b.reasonerServer.completionCount()).isZero();
        }
    }
}
