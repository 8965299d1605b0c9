package dev.ide.tools.mail;

import dev.ide.core.text.Msg;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolFailure;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The model's parameters for the mail tool, checked; a bad value becomes a question back to the user. */
final class MailParams {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 365;
    static final int MAX_QUERY_CHARS = 100;
    static final int MAX_WORDS = 5;
    static final long MAX_UID = 0xFFFF_FFFFL; // UIDs are 32-bit unsigned (RFC 3501)

    /** "7", 7, 7.0, "7일" and "7 days" all mean seven days. */
    private static final Pattern DAYS = Pattern.compile("(\\d{1,6})(?:\\.0+)?\\s*(?:일|days?|d)?",
            Pattern.CASE_INSENSITIVE);
    /** "1234", "#1234", "uid 1234", "UID:1234". */
    private static final Pattern UID = Pattern.compile("(?:uid\\s*[:=]?\\s*)?#?\\s*(\\d{1,12})(?:\\.0+)?",
            Pattern.CASE_INSENSITIVE);

    private MailParams() {
    }

    static int days(ToolCall call) {
        String text = call.text("days");
        if (text == null) {
            return DEFAULT_DAYS;
        }
        Matcher m = DAYS.matcher(text);
        if (!m.matches()) {
            throw ToolFailure.badInput(Msg.MAIL_DAYS_INVALID.format(text));
        }
        int days = Integer.parseInt(m.group(1));
        if (days < 1 || days > MAX_DAYS) {
            throw ToolFailure.badInput(Msg.MAIL_DAYS_INVALID.format(text));
        }
        return days;
    }

    /** The query as the user will see it echoed: trimmed, surrounding quotes removed; "" for none. */
    static String query(ToolCall call) {
        String text = call.text("query");
        if (text == null) {
            return "";
        }
        String query = text.strip().replaceAll("^[\"'“”‘’]+|[\"'“”‘’]+$", "").strip().replaceAll("\\s+", " ");
        if (query.length() > MAX_QUERY_CHARS) {
            throw ToolFailure.badInput(Msg.MAIL_QUERY_TOO_LONG.format(MAX_QUERY_CHARS));
        }
        return query;
    }

    /** The words every match must contain (in subject, sender or body); at most {@link #MAX_WORDS}. */
    static List<String> words(String query) {
        if (query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.split(" ")).filter(w -> !w.isBlank()).limit(MAX_WORDS).toList();
    }

    static long uid(ToolCall call) {
        String text = call.text("uid");
        if (text == null) {
            throw ToolFailure.badInput(Msg.MAIL_UID_MISSING.text());
        }
        Matcher m = UID.matcher(text);
        if (!m.matches()) {
            throw ToolFailure.badInput(Msg.MAIL_UID_INVALID.format(text));
        }
        long uid = Long.parseLong(m.group(1));
        if (uid < 1 || uid > MAX_UID) {
            throw ToolFailure.badInput(Msg.MAIL_UID_INVALID.format(text));
        }
        return uid;
    }
}
