package dev.ide.core.reply;

import java.util.ArrayList;
import java.util.List;

/** Splits long text into messages no longer than a platform's limit, at paragraph, then line, then word breaks. */
public final class TextSplitter {

    private TextSplitter() {
    }

    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = breakPoint(rest, limit);
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** Where to cut {@code text} so that the first part fits {@code limit}. */
    static int breakPoint(String text, int limit) {
        int min = limit / 2;
        int at = text.lastIndexOf("\n\n", limit);
        if (at >= min) {
            return at;
        }
        at = text.lastIndexOf('\n', limit);
        if (at >= min) {
            return at;
        }
        at = text.lastIndexOf(' ', limit);
        if (at >= min) {
            return at;
        }
        // No break in the second half: cut hard, but never inside a surrogate pair.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
