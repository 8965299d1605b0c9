package dev.ide.core.model;

/**
 * What a backend's {@code GET /status} said (the MLX proxy's counters).
 *
 * @param activeJobs    running jobs, never negative
 * @param totalRequests the request counter; null when the backend sent no usable number
 */
public record StatusSnapshot(int activeJobs, Long totalRequests) {

    public StatusSnapshot {
        if (activeJobs < 0) {
            throw new IllegalArgumentException("active jobs cannot be negative: " + activeJobs);
        }
        if (totalRequests != null && totalRequests < 0) {
            throw new IllegalArgumentException("total requests cannot be negative: " + totalRequests);
        }
    }
}
