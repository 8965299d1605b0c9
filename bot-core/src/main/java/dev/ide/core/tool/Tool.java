package dev.ide.core.tool;

import java.util.Set;

/**
 * The tool port: one of the owner's data sources (calendar, email, document). Input comes from a model and is
 * untrusted; a bad value is answered with {@link ToolFailure#badInput}, an unreachable server with
 * {@link ToolFailure#unavailable}. Nothing else may escape.
 */
public interface Tool {

    /** The name the classifier uses: {@code calendar}, {@code email}, {@code document}. */
    String name();

    /** The operations this tool performs, lower-case. Anything else is refused before {@link #run}. */
    Set<String> operations();

    ToolResult run(ToolCall call, ToolContext context);
}
