package dev.ide.core.registry;

import java.util.Objects;

/**
 * One role's load, with the seed's fields.
 *
 * @param activeJobs       the backend's running jobs ({@code status_api} only, else null)
 * @param totalRequests    the backend's request counter ({@code status_api} only, else null)
 * @param healthMs         latency of the last health GET
 * @param healthBaselineMs the latency baseline, rounded to 0.1 ms (50 until the first healthy check)
 * @param inferenceMs      the probe latency used ({@code hybrid} only; null when none is fresh)
 * @param measured         whether {@code inferenceMs} is present
 */
public record LoadStatus(LoadWord load, LoadSource source, Integer activeJobs, Long totalRequests, double healthMs,
                         double healthBaselineMs, Double inferenceMs, boolean measured) {

    public LoadStatus {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(source, "source");
    }
}
