package dev.ide.tools.mail;

import java.util.regex.Pattern;

/** Normalizes body text for a chat: one kind of line break, no trailing spaces, at most one blank line in a row. */
final class BodyText {

    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00a0]+(?=\\n)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private BodyText() {
    }

    static String tidy(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String trimmed = TRAILING_SPACE.matcher(unified + "\n").replaceAll("");
        return BLANK_LINES.matcher(trimmed).replaceAll("\n\n").strip();
    }

    /**
     * The text cut to at most {@code max} characters, preferring a line break in the last third, never splitting a
     * surrogate pair (emoji).
     */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        int lineBreak = text.lastIndexOf('\n', max);
        if (lineBreak > max * 2 / 3) {
            end = lineBreak;
        } else if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }
}
