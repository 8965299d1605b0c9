package dev.ide.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One OpenAI-compatible model server.
 *
 * @param name        shown to the user ("EXAONE", "Gemma4")
 * @param baseUrl     server root without a trailing slash; {@code /v1/...} and {@code /status} are appended
 * @param model       model id sent in requests
 * @param temperature sampling temperature
 * @param maxTokens   completion limit
 * @param timeout     the longest one call may take, connect to last byte
 */
public record ModelBackend(Role role, String name, String baseUrl, String model, double temperature, int maxTokens,
                           Duration timeout) {

    public ModelBackend {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }
}
