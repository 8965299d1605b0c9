package dev.ide.tools.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Charset names as Korean mail spells them. EUC-KR and Outlook's {@code ks_c_5601-1987} are read as CP949 (a superset
 * holding the 8,822 syllables EUC-KR lacks, e.g. 똠), and a missing or wrong label is guessed from the bytes.
 */
final class MailCharsets {

    static final Charset KOREAN = Charset.forName("x-windows-949");

    private static final Set<String> KOREAN_NAMES = Set.of("euc-kr", "euckr", "euc_kr", "cseuckr", "ks_c_5601-1987",
            "ks_c_5601", "ks_c_5601-1989", "ksc5601", "ksc_5601", "ks-c-5601", "5601", "korean", "cp949", "ms949",
            "windows-949", "x-windows-949", "uhc", "x-uhc");

    private MailCharsets() {
    }

    /** The charset a MIME label names, or empty when the label is missing or unknown to Java. */
    static Optional<Charset> lookup(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String name = label.trim().replace("\"", "").replace("'", "");
        int language = name.indexOf('*'); // RFC 2231 language suffix, e.g. UTF-8*ko
        if (language >= 0) {
            name = name.substring(0, language);
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (KOREAN_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of(KOREAN);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /**
     * Text from bytes in the labelled charset. When the label is missing, unknown or claims ASCII while the bytes are
     * not, the bytes decide: valid UTF-8 is UTF-8, anything else is taken as Korean (CP949).
     */
    static String decode(byte[] bytes, String label) {
        Optional<Charset> declared = lookup(label);
        boolean trustLabel = declared.isPresent()
                && !(declared.get().equals(StandardCharsets.US_ASCII) && !isAscii(bytes));
        if (trustLabel) {
            return new String(bytes, declared.get());
        }
        return guess(bytes);
    }

    /** Text from bytes of unknown charset: ASCII, UTF-8, or else Korean. */
    static String guess(byte[] bytes) {
        if (isAscii(bytes) || isUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return new String(bytes, KOREAN);
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
