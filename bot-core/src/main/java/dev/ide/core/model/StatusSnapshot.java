package dev.ide.core.model;

/** What a backend's {@code GET /status} said (the MLX proxy's counters). */
public record StatusSnapshot(int activeJobs, long totalRequests) {
}
