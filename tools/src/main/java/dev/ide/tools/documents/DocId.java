package dev.ide.tools.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable document ids: a short hash of the path relative to the documents folder, so the same file keeps its id
 * across restarts and re-indexing, and a model can quote it back.
 */
final class DocId {

    static final int LENGTH = 12;
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

    private DocId() {
    }

    /** The id of a relative path; '/'-separated and NFC-normalized first (macOS stores Hangul names decomposed). */
    static String of(String relativePath) {
        String key = Normalizer.normalize(relativePath.replace('\\', '/'), Normalizer.Form.NFC);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** The id as a model may write it (upper case, spaces, brackets) in canonical form, or null when it is not one. */
    static String normalize(String candidate) {
        if (candidate == null) {
            return null;
        }
        String id = candidate.strip().replaceAll("^[\\[(\"'`]+|[\\])\"'`.]+$", "").toLowerCase(Locale.ROOT);
        if (id.startsWith("id:")) {
            id = id.substring(3).strip();
        }
        return FORMAT.matcher(id).matches() ? id : null;
    }
}
