package dev.ide.core.tool;

import java.util.Map;
import java.util.Objects;

/**
 * A tool request as the classifier asked for it: tool and operation are lower-cased names, params the model's values
 * (String, Number, Boolean, or nested List/Map), untrusted.
 */
public record ToolCall(String tool, String operation, Map<String, Object> params) {

    public ToolCall {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(operation, "operation");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public static ToolCall of(String tool, String operation) {
        return new ToolCall(tool, operation, Map.of());
    }

    /** A parameter as trimmed text, or null when absent, null or blank. */
    public String text(String name) {
        Object value = params.get(name);
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() || text.equalsIgnoreCase("null") ? null : text;
    }
}
