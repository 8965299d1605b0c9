package dev.ide.core.registry;

/** One backend as the last health round saw it. Never holds a URL: base URLs may carry credentials. */
public record HealthSummary(String name, String model, boolean healthy, double latencyMs) {
}
