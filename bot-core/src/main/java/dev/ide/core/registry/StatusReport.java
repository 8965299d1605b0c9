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
 * @param bot       the bot's own side: its live queue and uptime when this process serves the chats, or only the
 *                  stored unfinished jobs when it does not ({@code ide-bot status} next to a {@code run})
 */
public record StatusReport(Map<Role, HealthSummary> health, Map<Role, LoadStatus> load, Map<Role, Instant> checkedAt,
                           Bot bot) {

    /** What the report can truthfully say about the bot itself. */
    public sealed interface Bot permits Serving, Outside {
    }

    /** This process serves the chats: its queue's counters and how long it has been up. */
    public record Serving(QueueStats queue, Duration uptime) implements Bot {

        public Serving {
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(uptime, "uptime");
        }
    }

    /**
     * This process does not serve the chats (a one-shot command): the queue lives in the serving process's memory,
     * so all it can read is the job table's accepted, not yet answered messages (running or waiting, wherever).
     */
    public record Outside(int unfinishedJobs) implements Bot {

        public Outside {
            if (unfinishedJobs < 0) {
                throw new IllegalArgumentException("unfinished jobs cannot be negative: " + unfinishedJobs);
            }
        }
    }

    public StatusReport {
        health = Collections.unmodifiableMap(new EnumMap<>(health));
        load = Collections.unmodifiableMap(new EnumMap<>(load));
        checkedAt = checkedAt.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(checkedAt));
        Objects.requireNonNull(bot, "bot");
    }

    /** The serving process's report. */
    public StatusReport(Map<Role, HealthSummary> health, Map<Role, LoadStatus> load, Map<Role, Instant> checkedAt,
                        QueueStats queue, Duration uptime) {
        this(health, load, checkedAt, new Serving(queue, uptime));
    }

    /** The serving process's report: see {@link #collect(BackendRegistry, boolean, Bot)}. */
    public static StatusReport collect(BackendRegistry registry, boolean forceMeasure, QueueStats queue,
                                       Duration uptime) {
        return collect(registry, forceMeasure, new Serving(queue, uptime));
    }

    /**
     * Reads both roles from the registry.
     *
     * @param forceMeasure fresh {@code /status} and, where the hybrid rule allows, an inference probe — for a backend
     *                     that is up; a backend that is down is not probed, so a hung server cannot stall the answer
     */
    public static StatusReport collect(BackendRegistry registry, boolean forceMeasure, Bot bot) {
        Map<Role, LoadStatus> load = new EnumMap<>(Role.class);
        Map<Role, Instant> checkedAt = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            load.put(role, registry.loadStatus(role, forceMeasure && registry.isHealthy(role)));
            registry.lastCheckedAt(role).ifPresent(at -> checkedAt.put(role, at));
        }
        return new StatusReport(registry.healthSummary(), load, checkedAt, bot);
    }
}
