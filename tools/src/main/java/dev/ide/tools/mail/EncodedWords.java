package dev.ide.tools.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes header text with RFC 2047 encoded words ({@code =?EUC-KR?B?...?=}, {@code =?UTF-8?Q?...?=}).
 *
 * <p>Written here rather than using {@code MimeUtility.decodeText} because Korean mailers split one syllable's bytes
 * across two adjacent encoded words and glue words together without spaces; MimeUtility turns both into replacement
 * characters. Adjacent words of one charset are joined as bytes before decoding, as RFC 2047 §6.2 allows. Raw 8-bit
 * header bytes (which IMAP libraries hand over as ISO-8859-1 characters) are re-read as UTF-8 or CP949.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])");
    private static final String SPECIALS = "()<>@,;:\\\".[]";

    private EncodedWords() {
    }

    /** Header text for a person to read; null stays null. */
    static String decode(String raw) {
        return decode(raw, false);
    }

    /**
     * Like {@link #decode(String)}, but a decoded run holding address specials (a comma in "홍길동, 팀장") is quoted, so
     * that the result still parses as an address list.
     */
    static String decodeAddressList(String raw) {
        return decode(raw, true);
    }

    private static String decode(String raw, boolean quoteSpecials) {
        if (raw == null) {
            return null;
        }
        String text = FOLD.matcher(raw).replaceAll("");
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        Run run = new Run();
        boolean inQuotes = false;
        int last = 0;
        while (m.find()) {
            String between = text.substring(last, m.start());
            boolean adjacent = last > 0 && run.isOpen() && between.isBlank();
            if (!adjacent) {
                run.flushInto(out, quoteSpecials && !inQuotes, quoteSpecials && inQuotes);
                String literal = fixRaw8bit(between);
                out.append(literal);
                inQuotes = toggleQuotes(inQuotes, literal);
            }
            byte[] bytes = wordBytes(m.group(2), m.group(3));
            if (bytes == null) { // malformed: keep it as written
                run.flushInto(out, quoteSpecials && !inQuotes, quoteSpecials && inQuotes);
                out.append(m.group());
            } else {
                if (run.isOpen() && !run.charset.equalsIgnoreCase(m.group(1))) {
                    run.flushInto(out, quoteSpecials && !inQuotes, quoteSpecials && inQuotes);
                }
                run.add(m.group(1), bytes);
            }
            last = m.end();
        }
        run.flushInto(out, quoteSpecials && !inQuotes, quoteSpecials && inQuotes);
        out.append(fixRaw8bit(text.substring(last)));
        return out.toString();
    }

    private static byte[] wordBytes(String encoding, String payload) {
        try {
            if (encoding.equalsIgnoreCase("B")) {
                return Base64.getMimeDecoder().decode(payload);
            }
            return decodeQ(payload);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static byte[] decodeQ(String payload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length());
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < payload.length()) {
                bytes.write(Integer.parseInt(payload.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '=') {
                throw new IllegalArgumentException("truncated escape");
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** Raw 8-bit bytes that a library read as ISO-8859-1 become UTF-8 or CP949 text again. */
    private static String fixRaw8bit(String text) {
        boolean high = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return text; // already real Unicode
            }
            high |= c >= 0x80;
        }
        return high ? MailCharsets.guess(text.getBytes(StandardCharsets.ISO_8859_1)) : text;
    }

    private static boolean toggleQuotes(boolean inQuotes, String literal) {
        boolean state = inQuotes;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                state = !state;
            }
        }
        return state;
    }

    /** Consecutive encoded words of one charset, kept as bytes until the run ends. */
    private static final class Run {
        private String charset;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        boolean isOpen() {
            return charset != null;
        }

        void add(String charset, byte[] more) {
            this.charset = charset;
            bytes.writeBytes(more);
        }

        void flushInto(StringBuilder out, boolean quoteIfSpecial, boolean escapeQuotes) {
            if (charset == null) {
                return;
            }
            String decoded = MailCharsets.decode(bytes.toByteArray(), charset);
            if (quoteIfSpecial && hasSpecial(decoded)) {
                out.append('"').append(escape(decoded)).append('"');
            } else if (escapeQuotes) {
                out.append(escape(decoded));
            } else {
                out.append(decoded);
            }
            charset = null;
            bytes.reset();
        }

        private static boolean hasSpecial(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (SPECIALS.indexOf(s.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private static String escape(String s) {
            return s.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
