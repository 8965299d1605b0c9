package dev.ide.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ide.core.jobs.QueueStats;
import dev.ide.core.model.HealthCheck;
import dev.ide.core.model.ModelBackend;
import dev.ide.core.model.ModelClient;
import dev.ide.core.model.Role;
import dev.ide.core.testing.FakeModelServer;
import dev.ide.core.testing.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /status says 알 수 없음 or 매우 바쁨 where it has no evidence of 여유, quickly, and never shows impossible counters. */
class HonestStatusTest {

    private static final Duration SHORT_PROBE = Duration.ofMillis(500);

    private final FakeModelServer classifierServer = new FakeModelServer().start();
    private final FakeModelServer reasonerServer = new FakeModelServer().start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient http = ModelClient.defaultHttpClient();

    @AfterEach
    void stopServers() {
        classifierServer.close();
        reasonerServer.close();
    }

    /** The reasoner keeps the production timeout of 300 s; only the probe's own limit is shortened. */
    private BackendRegistry registry(String classifierUrl, String reasonerUrl, Duration timeout, Duration probe) {
        ModelClient classifier = new ModelClient(new ModelBackend(Role.CLASSIFIER, "EXAONE", classifierUrl,
                "exaone", 0.3, 1024, timeout), http, json, probe);
        ModelClient reasoner = new ModelClient(new ModelBackend(Role.REASONER, "Gemma4", reasonerUrl,
                "gemma", 0.7, 16000, Duration.ofSeconds(300)), http, json, probe);
        return new BackendRegistry(classifier, reasoner, clock, () -> 0);
    }

    private BackendRegistry registry() {
        return registry(classifierServer.baseUrl(), reasonerServer.baseUrl(), Duration.ofSeconds(30), SHORT_PROBE);
    }

    private static String text(StatusReport report) {
        return StatusText.render(report);
    }

    private StatusReport report(BackendRegistry registry) {
        return StatusReport.collect(registry, true, new QueueStats(0, 0, 0, 0), Duration.ofSeconds(5));
    }

    private JsonNode json(StatusReport report) throws IOException {
        return json.readTree(new StatusJson(json).render(report));
    }

    @Test
    void a_hung_reasoner_is_reported_very_busy_within_the_probe_limit_not_its_300_second_timeout() throws Exception {
        BackendRegistry registry = registry();
        registry.checkAll();
        reasonerServer.completionDelay(Duration.ofSeconds(20));

        long start = System.nanoTime();
        StatusReport report = report(registry);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(5));
        LoadStatus reasoner = report.load().get(Role.REASONER);
        assertThat(reasoner.load()).isEqualTo(LoadWord.VERY_BUSY);
        assertThat(reasoner.probe()).isEqualTo(LoadStatus.Probe.TIMED_OUT);
        assertThat(reasoner.inferenceMs()).isGreaterThanOrEqualTo(500.0);
        assertThat(text(report)).containsPattern(
                "\\[추론 모델] Gemma4 · gemma\n  상태: 정상 \\(응답 [0-9,]+ms\\)\n"
                        + "  부하: 매우 바쁨 \\(응답 속도로 추정 · 추론 [0-9,]+ms 동안 응답 없음\\)\n");
        assertThat(json(report).get("reasoner").get("load").asText()).isEqualTo("매우 바쁨");

        // Within the cooldown a second /status neither waits again nor forgets what the probe found.
        clock.advance(Duration.ofSeconds(5));
        long again = System.nanoTime();
        LoadStatus second = registry.loadStatus(Role.REASONER, true);
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofMillis(400));
        assertThat(second.load()).isEqualTo(LoadWord.VERY_BUSY);
        assertThat(reasonerServer.completionCount()).isEqualTo(1);
    }

    @Test
    void completions_answering_500_make_the_load_unknown_not_idle() throws Exception {
        BackendRegistry registry = registry();
        registry.checkAll();
        reasonerServer.failCompletions(500);

        StatusReport report = report(registry);

        assertThat(report.load().get(Role.REASONER).load()).isEqualTo(LoadWord.UNKNOWN);
        assertThat(text(report)).contains("""
                [추론 모델] Gemma4 · gemma
                  상태: 정상""").contains("  부하: 알 수 없음 (추론 확인 요청이 실패했어요)");
        JsonNode reasoner = json(report).get("reasoner");
        assertThat(reasoner.get("load").asText()).isEqualTo("알 수 없음");
        assertThat(reasoner.get("measured").asBoolean()).isFalse();
        assertThat(reasoner.get("inference_ms").isNull()).isTrue();
    }

    @Test
    void a_model_that_is_down_is_unknown_in_the_json_as_in_the_text() throws Exception {
        BackendRegistry registry = registry();
        reasonerServer.healthy(false);
        registry.checkAll();

        StatusReport report = report(registry);

        assertThat(text(report)).contains("  상태: 응답 없음\n  부하: 알 수 없음 (모델이 응답하지 않아요)");
        JsonNode root = json(report);
        assertThat(root.get("health").get("reasoner").get("healthy").asBoolean()).isFalse();
        assertThat(root.get("reasoner").get("load").asText()).isEqualTo("알 수 없음");
        assertThat(reasonerServer.completionCount()).isZero();
    }

    @Test
    void before_the_first_health_round_the_load_is_unknown_not_idle() {
        BackendRegistry registry = registry();

        StatusReport report = StatusReport.collect(registry, false, new QueueStats(0, 0, 0, 0), Duration.ZERO);

        assertThat(report.load().get(Role.CLASSIFIER).load()).isEqualTo(LoadWord.UNKNOWN);
        assertThat(text(report)).contains("  상태: 아직 확인 전이에요\n  부하: 알 수 없음\n").doesNotContain("여유");
    }

    @Test
    void impossible_status_counters_are_unknown_not_shown() {
        BackendRegistry registry = registry();
        classifierServer.statusBody("{\"active_jobs\": -3, \"total_requests\": 10}");
        reasonerServer.statusBody("{\"active_jobs\": 1, \"total_requests\": \"lots\"}");
        registry.checkAll();

        StatusReport report = report(registry);

        // A negative active_jobs says nothing about the load: the hybrid rule measures instead.
        assertThat(report.load().get(Role.CLASSIFIER).source()).isEqualTo(LoadSource.HYBRID);
        assertThat(report.load().get(Role.REASONER).totalRequests()).isNull();
        assertThat(text(report)).doesNotContain("-3").doesNotContain("누적 요청 0건")
                .contains("  부하: 보통 (상태 API 기준 · 처리 중 1건 · 누적 요청 알 수 없음)");
    }

    @Test
    void a_status_without_active_jobs_is_not_read_as_zero() {
        BackendRegistry registry = registry();
        classifierServer.statusBody("{\"total_requests\": 10}");
        registry.checkAll();

        assertThat(registry.loadStatus(Role.CLASSIFIER, false).source()).isEqualTo(LoadSource.HYBRID);
    }

    @Test
    void both_models_on_a_silent_port_cost_one_health_wait_not_two() throws Exception {
        try (ServerSocket silentA = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ServerSocket silentB = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // Connections are queued by the kernel and never answered. The health GET's limit is the backend's
            // timeout when shorter than 10 s: 1.5 s here, the reasoner's 300 s is capped at 10 s.
            BackendRegistry registry = new BackendRegistry(
                    new ModelClient(new ModelBackend(Role.CLASSIFIER, "EXAONE", url(silentA), "exaone", 0.3, 1024,
                            Duration.ofMillis(1500)), http, json),
                    new ModelClient(new ModelBackend(Role.REASONER, "Gemma4", url(silentB), "gemma", 0.7, 16000,
                            Duration.ofMillis(1500)), http, json),
                    clock, () -> 0);

            long start = System.nanoTime();
            registry.checkAll();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1400)).isLessThan(Duration.ofMillis(2700));
            assertThat(registry.isHealthy(Role.CLASSIFIER)).isFalse();
            assertThat(registry.isHealthy(Role.REASONER)).isFalse();
            assertThat(registry.lastCheckedAt(Role.CLASSIFIER)).isPresent();
            assertThat(registry.lastCheckedAt(Role.REASONER)).isPresent();
        }
    }

    @Test
    void the_busy_notice_before_a_routed_question_reads_naturally() {
        BackendRegistry registry = registry();
        for (int i = 0; i < 5; i++) {
            registry.recordHealth(Role.REASONER, new HealthCheck(true, 100));
        }
        RegistryReasonerGate gate = new RegistryReasonerGate(registry, "Gemma4");

        registry.recordInference(Role.REASONER, 9000);
        assertThat(gate.noticeBefore(2)).hasValue("Gemma4 모델이 지금 매우 바쁜 상태예요. 대기열 2번째로 처리할게요.");
        registry.recordInference(Role.REASONER, 5000);
        assertThat(gate.noticeBefore(3)).hasValue("Gemma4 모델이 지금 바쁜 상태예요. 대기열 3번째로 처리할게요.");
    }

    private static String url(ServerSocket socket) {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }
}
