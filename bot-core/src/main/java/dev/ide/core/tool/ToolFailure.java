package dev.ide.core.tool;

/**
 * A tool could not do what was asked, with the Korean sentence to tell the user. BAD_INPUT asks the user back (a
 * wrong date from the model); UNAVAILABLE says a server could not be reached. The message never holds a secret.
 */
public final class ToolFailure extends RuntimeException {

    public enum Kind {
        BAD_INPUT,
        UNAVAILABLE
    }

    private final Kind kind;

    public ToolFailure(Kind kind, String userMessage) {
        super(userMessage, null, false, false);
        this.kind = kind;
    }

    public ToolFailure(Kind kind, String userMessage, Throwable cause) {
        super(userMessage, cause, false, false);
        this.kind = kind;
    }

    public static ToolFailure badInput(String userMessage) {
        return new ToolFailure(Kind.BAD_INPUT, userMessage);
    }

    public static ToolFailure unavailable(String userMessage, Throwable cause) {
        return new ToolFailure(Kind.UNAVAILABLE, userMessage, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The Korean sentence for the user. */
    public String userMessage() {
        return getMessage();
    }
}
