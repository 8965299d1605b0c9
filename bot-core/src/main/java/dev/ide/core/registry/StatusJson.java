package dev.ide.core.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ide.core.jobs.QueueStats;
import dev.ide.core.model.Role;
import java.util.Objects;

/**
 * The {@code ide-bot status --json} document: each role's load record and the health summary with the seed's field
 * names (a probe that timed out shows as 매우 바쁨 with the time it waited, a failed one as 알 수 없음 without an
 * inference time), then the bot's side: from the serving process the
 * queue counters and the uptime in seconds; from any other process only {@code queue.unfinished}, the stored
 * messages not yet answered, and no uptime.
 */
public final class StatusJson {

    private final ObjectMapper json;

    public StatusJson(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** Pretty-printed, for a person or {@code jq}. */
    public String render(StatusReport report) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the status JSON", e);
        }
    }

    public ObjectNode tree(StatusReport report) {
        ObjectNode root = json.createObjectNode();
        for (Role role : Role.values()) {
            LoadStatus load = report.load().get(role);
            if (load != null) {
                root.set(role.id(), load(load));
            }
        }
        ObjectNode health = root.putObject("health");
        for (Role role : Role.values()) {
            HealthSummary summary = report.health().get(role);
            if (summary != null) {
                health.putObject(role.id())
                        .put("name", summary.name())
                        .put("model", summary.model())
                        .put("healthy", summary.healthy())
                        .put("latency_ms", summary.latencyMs());
            }
        }
        if (report.bot() instanceof StatusReport.Serving serving) {
            QueueStats queue = serving.queue();
            root.putObject("queue")
                    .put("active", queue.active())
                    .put("waiting", queue.waiting())
                    .put("done", queue.done())
                    .put("failed", queue.failed());
            root.put("uptime_s", Math.max(0, serving.uptime().getSeconds()));
        } else if (report.bot() instanceof StatusReport.Outside outside) {
            root.putObject("queue").put("unfinished", outside.unfinishedJobs());
        }
        return root;
    }

    private ObjectNode load(LoadStatus load) {
        ObjectNode node = json.createObjectNode();
        node.put("load", load.load().text());
        node.put("source", load.source().id());
        node.put("active_jobs", load.activeJobs());
        node.put("total_requests", load.totalRequests());
        node.put("health_ms", load.healthMs());
        node.put("health_baseline_ms", load.healthBaselineMs());
        node.put("inference_ms", load.inferenceMs());
        node.put("measured", load.measured());
        return node;
    }
}
