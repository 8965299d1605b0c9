package dev.ide.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.testing.FakeModelServer;
import dev.ide.core.testing.MutableClock;
import dev.ide.db.Database;
import dev.ide.db.JdbcJobStore;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ide-bot status} tells the truth about the models and about a bot it does not run, and quickly. */
class StatusCommandTest {

    @TempDir
    Path dataDir;

    private final FakeModelServer classifier = new FakeModelServer().start();
    private final FakeModelServer reasoner = new FakeModelServer().start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
    private final Map<String, String> env = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();


    @BeforeEach
    void configure() {
        env.putAll(Cli.environment(classifier, reasoner, dataDir));
    }

    @AfterEach
    void stop() {
        classifier.close();
        reasoner.close();
    }

    private Cli.Result ide(String... args) {
        return Cli.run(env, clock, args);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static IncomingMessage message(String id) {
        return IncomingMessage.text(Platform.TELEGRAM, "chat-1", "42", "Owner", "질문 " + id, id,
                Instant.parse("2026-12-01T00:59:00Z"), ChatKind.PRIVATE);
    }

    @Test
    void the_running_bots_unanswered_messages_come_from_the_job_table_and_no_uptime_is_invented() throws Exception {
        // What a running `ide-bot run` leaves in the shared database: two accepted messages not yet answered, one
        // answered.
        try (Database database = Database.open(dataDir)) {
            JdbcJobStore jobs = new JdbcJobStore(database, clock);
            jobs.accept(message("1"));
            jobs.accept(message("2"));
            jobs.markDone(jobs.accept(message("3")).getAsLong());
        }

        Cli.Result text = ide("status");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).endsWith("""

                [이드 대기열] 답을 기다리는 메시지 2건 (저장된 작업 기준)
                실행 중인 봇의 처리 현황과 가동 시간은 채팅에서 /status 로 볼 수 있어요.""")
                .doesNotContain("가동 시간]").doesNotContain("처리 중 0 ·");

        Cli.Result raw = ide("status", "--json");
        JsonNode root = json.readTree(raw.out());
        assertThat(names(root)).containsExactly("classifier", "reasoner", "health", "queue");
        assertThat(names(root.get("queue"))).containsExactly("unfinished");
        assertThat(root.get("queue").get("unfinished").asInt()).isEqualTo(2);
    }

    @Test
    void both_models_on_a_silent_port_are_checked_at_once_and_unknown_in_text_and_json() throws Exception {
        try (ServerSocket silentA = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ServerSocket silentB = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            env.put("EXAONE_BASE_URL", "http://127.0.0.1:" + silentA.getLocalPort());
            env.put("REASONING_BASE_URL", "http://127.0.0.1:" + silentB.getLocalPort());
            // The health GET waits at most the backend's timeout (capped at 10 s): 3 s each, 6 s one after the other.
            env.put("EXAONE_TIMEOUT", "3");
            env.put("REASONING_TIMEOUT", "3");

            Cli.Result json = ide("status", "--json");
            Cli.Result text = ide("status");

            assertThat(json.took()).isLessThan(Duration.ofMillis(5500));
            assertThat(text.took()).isLessThan(Duration.ofMillis(5500));
            JsonNode root = this.json.readTree(json.out());
            for (String role : List.of("classifier", "reasoner")) {
                assertThat(root.get("health").get(role).get("healthy").asBoolean()).isFalse();
                assertThat(root.get(role).get("load").asText()).isEqualTo("알 수 없음");
            }
            assertThat(text.out().split("  부하: 알 수 없음 \\(모델이 응답하지 않아요\\)", -1)).hasSize(3);
            assertThat(text.out()).doesNotContain("여유");
        }
    }

    @Test
    void a_hung_reasoner_is_reported_very_busy_after_the_probes_10_seconds_not_its_300_second_timeout() {
        env.put("REASONING_TIMEOUT", "300");
        reasoner.completionDelay(Duration.ofSeconds(60));

        Cli.Result text = ide("status");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.took()).isLessThan(Duration.ofSeconds(20));
        assertThat(text.out()).containsPattern(
                "\\[추론 모델] Gemma4 · .+\n  상태: 정상 \\(응답 [0-9,]+ms\\)\n"
                        + "  부하: 매우 바쁨 \\(응답 속도로 추정 · 추론 1[0-9],[0-9]{3}ms 동안 응답 없음\\)\n");
    }
}
