package dev.ide.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's text encoding in both directions: what users wrote, and what we send. */
final class SlackText {

    /** {@code <https://x|label>}, {@code <mailto:a@b|a@b>}, {@code <https://x>}. */
    private static final Pattern LINK = Pattern.compile("<((?:https?|mailto):[^|>]+)(?:\\|([^>]*))?>");
    /** Markdown that models write, and Slack's mrkdwn for it. */
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:[^\n]*?\\S)?)\\*\\*");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \t]+(\\S[^\n]*?)[ \t#]*$");
    private static final Pattern STRIKE = Pattern.compile("~~(\\S(?:[^\n]*?\\S)?)~~");
    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>[\\s,:]*");

    private SlackText() {
    }

    /**
     * Text as the bot sends it: escaped (see {@link #escape}), and the Markdown models like to write (bold,
     * headings, strike-through) turned into Slack's mrkdwn so it does not show as stray symbols.
     */
    static String forSlack(String text) {
        String t = escape(text);
        t = BOLD.matcher(t).replaceAll("*$1*");
        t = HEADING.matcher(t).replaceAll("*$1*");
        return STRIKE.matcher(t).replaceAll("~$1~");
    }

    /**
     * Escapes the three characters Slack treats as markup, so that text from a model can neither mention
     * ({@code <!channel>}, {@code <@U…>}) nor forge a link ({@code <https://evil|bank>}).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * What the user typed, from Slack's encoding: a leading mention of the bot removed (for app_mention), links
     * shown as their text, entities decoded.
     */
    static String fromSlack(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String t = text;
        t = botUserId != null ? t.replace("<@" + botUserId + ">", " ")
                : LEADING_MENTION.matcher(t).replaceFirst("");
        Matcher m = LINK.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String target = m.group(1).startsWith("mailto:") ? m.group(1).substring(7) : m.group(1);
            String label = m.group(2);
            boolean bare = label == null || label.isBlank() || label.equals(target);
            String shown = bare ? target : label + " (" + target + ")";
            m.appendReplacement(sb, Matcher.quoteReplacement(shown));
        }
        m.appendTail(sb);
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }
}
