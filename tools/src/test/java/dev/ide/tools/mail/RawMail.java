package dev.ide.tools.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Builds raw RFC 822 mail the way Korean mailers write it, so tests feed the server exact bytes: encoded words,
 * EUC-KR and UTF-8 bodies, quoted-printable and base64.
 */
final class RawMail {

    static final Charset EUC_KR = Charset.forName("EUC-KR");
    static final Charset CP949 = Charset.forName("x-windows-949");
    static final Charset UTF_8 = StandardCharsets.UTF_8;

    private RawMail() {
    }

    /** An RFC 2047 B-encoded word. */
    static String b(String label, Charset charset, String text) {
        return "=?" + label + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(charset)) + "?=";
    }

    /** An RFC 2047 Q-encoded word. */
    static String q(String label, Charset charset, String text) {
        StringBuilder out = new StringBuilder("=?" + label + "?Q?");
        for (byte b : text.getBytes(charset)) {
            int v = b & 0xFF;
            if (v == ' ') {
                out.append('_');
            } else if (v < 0x80 && Character.isLetterOrDigit(v)) {
                out.append((char) v);
            } else {
                out.append('=').append(String.format("%02X", v));
            }
        }
        return out.append("?=").toString();
    }

    /** A base64 body, wrapped at 76 characters as mailers do. */
    static String base64(String text, Charset charset) {
        return Base64.getMimeEncoder().encodeToString(text.getBytes(charset));
    }

    /** A quoted-printable body with soft line breaks. */
    static String quotedPrintable(String text, Charset charset) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (byte b : text.getBytes(charset)) {
            int v = b & 0xFF;
            String piece;
            if (v == '\n') {
                out.append("\r\n");
                lineLength = 0;
                continue;
            } else if (v >= 0x80 || v == '=' || v < 0x20) {
                piece = String.format("=%02X", v);
            } else {
                piece = String.valueOf((char) v);
            }
            if (lineLength + piece.length() > 75) {
                out.append("=\r\n");
                lineLength = 0;
            }
            out.append(piece);
            lineLength += piece.length();
        }
        return out.toString();
    }

    /** Headers and body joined with CRLF, as bytes; non-ASCII text becomes raw UTF-8 (as SMTPUTF8 mail has it). */
    static byte[] bytes(String headersAndBody) {
        return headersAndBody.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Headers (ASCII) followed by a body in raw 8-bit bytes of the given charset. */
    static byte[] eightBit(String headers, String body, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(headers.strip() + "\n\n"));
        out.writeBytes(body.replace("\n", "\r\n").getBytes(charset));
        return out.toByteArray();
    }
}
