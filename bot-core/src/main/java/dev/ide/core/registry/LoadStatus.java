package dev.ide.core.registry;

import java.util.Objects;

/**
 * One role's load, with the seed's fields.
 *
 * @param activeJobs       the backend's running jobs ({@code status_api} only, else null)
 * @param totalRequests    the backend's request counter ({@code status_api} only, else null)
 * @param healthMs         latency of the last health GET
 * @param healthBaselineMs the latency baseline, rounded to 0.1 ms (50 until the first healthy check)
 * @param totalRequests    the backend's request counter ({@code status_api} only; null otherwise or when the backend
 *                         sent no usable number)
 * @param inferenceMs      the probe latency used ({@code hybrid} only; null when none is fresh); for a probe that
 *                         timed out, how long it waited
 * @param measured         whether {@code inferenceMs} is present
 * @param probe            what the probe behind this reading found
 */
public record LoadStatus(LoadWord load, LoadSource source, Integer activeJobs, Long totalRequests, double healthMs,
                         double healthBaselineMs, Double inferenceMs, boolean measured, Probe probe) {

    /** The inference probe behind a hybrid reading. */
    public enum Probe {
        /** No fresh probe: the word comes from the /status counters or the health latency. */
        NONE,
        /** A fresh probe answered; {@code inferenceMs} is its latency. */
        ANSWERED,
        /** A fresh probe gave up after its limit ({@code inferenceMs}): the backend is at least 매우 바쁨. */
        TIMED_OUT,
        /** The probe failed (an HTTP error, a refused connection, an unreadable answer): the load is unknown. */
        FAILED
    }

    public LoadStatus {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(probe, "probe");
    }

    /** A reading whose probe, if any, answered normally. */
    public LoadStatus(LoadWord load, LoadSource source, Integer activeJobs, Long totalRequests, double healthMs,
                      double healthBaselineMs, Double inferenceMs, boolean measured) {
        this(load, source, activeJobs, totalRequests, healthMs, healthBaselineMs, inferenceMs, measured,
                measured ? Probe.ANSWERED : Probe.NONE);
    }
}
