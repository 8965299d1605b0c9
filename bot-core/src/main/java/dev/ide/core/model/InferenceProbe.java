package dev.ide.core.model;

import java.util.Objects;

/**
 * What one one-token completion probe found.
 *
 * @param outcome   answered, gave up after the probe's time limit, or failed (HTTP error, refused, unreadable)
 * @param latencyMs how long it took; for {@link Outcome#TIMED_OUT} at least the limit, for {@link Outcome#FAILED}
 *                  the time until the failure (not a load measurement)
 */
public record InferenceProbe(Outcome outcome, double latencyMs) {

    public enum Outcome {
        ANSWERED,
        TIMED_OUT,
        FAILED
    }

    public InferenceProbe {
        Objects.requireNonNull(outcome, "outcome");
    }
}
