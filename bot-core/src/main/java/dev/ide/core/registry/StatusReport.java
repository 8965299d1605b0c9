package dev.ide.core.registry;

import dev.ide.core.jobs.QueueStats;
import dev.ide.core.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code /status} and {@code ide-bot status} show, gathered once so the text and the JSON agree.
 *
 * @param checkedAt when each role was last health-checked; a role missing here was never checked
 */
public record StatusReport(Map<Role, HealthSummary> health, Map<Role, LoadStatus> load, Map<Role, Instant> checkedAt,
                           QueueStats queue, Duration uptime) {

    public StatusReport {
        health = Collections.unmodifiableMap(new EnumMap<>(health));
        load = Collections.unmodifiableMap(new EnumMap<>(load));
        checkedAt = checkedAt.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(checkedAt));
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(uptime, "uptime");
    }

    /**
     * Reads both roles from the registry.
     *
     * @param forceMeasure fresh {@code /status} and, where the hybrid rule allows, an inference probe — for a backend
     *                     that is up; a backend that is down is not probed, so a hung server cannot stall the answer
     */
    public static StatusReport collect(BackendRegistry registry, boolean forceMeasure, QueueStats queue,
                                       Duration uptime) {
        Map<Role, LoadStatus> load = new EnumMap<>(Role.class);
        Map<Role, Instant> checkedAt = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            load.put(role, registry.loadStatus(role, forceMeasure && registry.isHealthy(role)));
            registry.lastCheckedAt(role).ifPresent(at -> checkedAt.put(role, at));
        }
        return new StatusReport(registry.healthSummary(), load, checkedAt, queue, uptime);
    }
}
