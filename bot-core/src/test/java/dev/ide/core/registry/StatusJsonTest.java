package dev.ide.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ide.core.jobs.QueueStats;
import dev.ide.core.model.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void the_document_has_both_load_records_the_health_summary_the_queue_and_the_uptime_with_the_seed_names()
            throws Exception {
        StatusReport report = new StatusReport(
                Map.of(Role.CLASSIFIER, new HealthSummary("EXAONE", "exaone-3.5-7.8b", true, 12.3),
                        Role.REASONER, new HealthSummary("Gemma4", "gemma-4-27b", false, 10002.5)),
                Map.of(Role.CLASSIFIER, new LoadStatus(LoadWord.BUSY, LoadSource.STATUS_API, 2, 310L, 12.3, 10.0,
                                null, false),
                        Role.REASONER, new LoadStatus(LoadWord.VERY_BUSY, LoadSource.HYBRID, null, null, 10002.5,
                                48.2, 8123.4, true)),
                Map.of(), new QueueStats(1, 4, 20, 2), Duration.ofMinutes(90));

        JsonNode root = mapper.readTree(new StatusJson(mapper).render(report));

        assertThat(names(root)).containsExactly("classifier", "reasoner", "health", "queue", "uptime_s");
        List<String> loadFields = List.of("load", "source", "active_jobs", "total_requests", "health_ms",
                "health_baseline_ms", "inference_ms", "measured");
        assertThat(names(root.get("classifier"))).containsExactlyElementsOf(loadFields);
        assertThat(names(root.get("reasoner"))).containsExactlyElementsOf(loadFields);

        JsonNode classifier = root.get("classifier");
        assertThat(classifier.get("load").asText()).isEqualTo("바쁨");
        assertThat(classifier.get("source").asText()).isEqualTo("status_api");
        assertThat(classifier.get("active_jobs").asInt()).isEqualTo(2);
        assertThat(classifier.get("total_requests").asLong()).isEqualTo(310);
        assertThat(classifier.get("inference_ms").isNull()).isTrue();
        assertThat(classifier.get("measured").asBoolean()).isFalse();

        JsonNode reasoner = root.get("reasoner");
        assertThat(reasoner.get("load").asText()).isEqualTo("매우 바쁨");
        assertThat(reasoner.get("source").asText()).isEqualTo("hybrid");
        assertThat(reasoner.get("active_jobs").isNull()).isTrue();
        assertThat(reasoner.get("total_requests").isNull()).isTrue();
        assertThat(reasoner.get("health_ms").asDouble()).isEqualTo(10002.5);
        assertThat(reasoner.get("health_baseline_ms").asDouble()).isEqualTo(48.2);
        assertThat(reasoner.get("inference_ms").asDouble()).isEqualTo(8123.4);
        assertThat(reasoner.get("measured").asBoolean()).isTrue();

        assertThat(names(root.get("health"))).containsExactly("classifier", "reasoner");
        JsonNode gemma = root.get("health").get("reasoner");
        assertThat(names(gemma)).containsExactly("name", "model", "healthy", "latency_ms");
        assertThat(gemma.get("name").asText()).isEqualTo("Gemma4");
        assertThat(gemma.get("model").asText()).isEqualTo("gemma-4-27b");
        assertThat(gemma.get("healthy").asBoolean()).isFalse();
        assertThat(gemma.get("latency_ms").asDouble()).isEqualTo(10002.5);

        assertThat(names(root.get("queue"))).containsExactly("active", "waiting", "done", "failed");
        assertThat(root.get("queue").get("waiting").asInt()).isEqualTo(4);
        assertThat(root.get("uptime_s").asLong()).isEqualTo(5400);
    }

    @Test
    void a_live_registry_renders_without_urls() throws Exception {
        try (Backends b = new Backends()) {
            b.classifierServer.status(0, 3);
            b.registry.checkAll();

            String json = new StatusJson(mapper).render(StatusReport.collect(b.registry, false,
                    new QueueStats(0, 0, 0, 0), Duration.ZERO));

            JsonNode root = mapper.readTree(json);
            assertThat(root.get("classifier").get("source").asText()).isEqualTo("status_api");
            assertThat(root.get("reasoner").get("source").asText()).isEqualTo("hybrid");
            assertThat(root.get("health").get("classifier").get("healthy").asBoolean()).isTrue();
            assertThat(json).doesNotContain("127.0.0.1");
        }
    }
}
