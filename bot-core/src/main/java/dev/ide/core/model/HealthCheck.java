package dev.ide.core.model;

/** One health GET: whether it answered 2xx, and how long it took. */
public record HealthCheck(boolean healthy, double latencyMs) {
}
