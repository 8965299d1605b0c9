package dev.ide.core.tool;

import dev.ide.core.message.Button;
import java.util.List;

/**
 * What a tool answers: the text the user reads, buttons to show under it, and a short summary for the history
 * (tool output is data: it goes into history as text, never back into the classifier as an instruction).
 */
public record ToolResult(String text, List<Button> buttons, String historySummary) {

    public ToolResult {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        historySummary = historySummary == null ? text : historySummary;
    }

    public static ToolResult of(String text) {
        return new ToolResult(text, List.of(), text);
    }
}
