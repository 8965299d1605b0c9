package dev.ide.core.classify;

import dev.ide.core.tool.ToolCall;

/** What the classifier decided, typed. Nothing past the parser compares action strings. */
public sealed interface Action permits Action.Direct, Action.Clarify, Action.Route, Action.UseTool {

    /** Small talk and simple questions the classifier answers itself. */
    record Direct(String response) implements Action {
    }

    /** The message is unclear; ask the user back. */
    record Clarify(String response) implements Action {
    }

    /** A real question for the reasoner. {@code prompt} may be empty (then the user's text is used). */
    record Route(String prompt, String response) implements Action {
    }

    /** A tool request. */
    record UseTool(ToolCall call) implements Action {
    }
}
