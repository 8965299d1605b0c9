package dev.ide.core.text;

/**
 * Chooses the Korean topic particle for a word filled into a message: 은 after a final consonant (받침), 는 after a
 * vowel. Templates write {@code 은(는)}; {@link #resolve} replaces each with the form that fits the character before
 * it, skipping closing quotes and brackets ({@code '0'은}, {@code '내일'은}, {@code '2026-02-30'은}, {@code '3'은},
 * {@code '12/5'는}).
 *
 * <p>Hangul syllables are decided by their final consonant; digits by how they are read (영 일 이 삼 사 오 육 칠 팔
 * 구); Latin letters by their names, as IDs are read letter by letter (엘, 엠, 엔 and 알 end in a consonant). Anything
 * else keeps the neutral {@code 은(는)}.
 */
final class Particles {

    private static final String EITHER = "은(는)";
    /** Digits 0–9 read as 영 일 이 삼 사 오 육 칠 팔 구: true where the reading ends in a consonant. */
    private static final boolean[] DIGIT_FINAL = {true, true, false, true, false, false, true, true, true, false};

    private Particles() {
    }

    static String resolve(String text) {
        int at = text.indexOf(EITHER);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            out.append(text, from, at);
            Boolean consonant = endsInConsonant(text, at);
            out.append(consonant == null ? EITHER : consonant ? "은" : "는");
            from = at + EITHER.length();
            at = text.indexOf(EITHER, from);
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Whether the word before {@code end} ends in a consonant; null when that cannot be told. */
    private static Boolean endsInConsonant(String text, int end) {
        int i = end - 1;
        while (i >= 0 && "'\"’”)]」』".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        char c = text.charAt(i);
        if (c >= '가' && c <= '힣') {
            return (c - '가') % 28 != 0;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT_FINAL[c - '0'];
        }
        char lower = Character.toLowerCase(c);
        if (lower >= 'a' && lower <= 'z') {
            return lower == 'l' || lower == 'm' || lower == 'n' || lower == 'r';
        }
        return null;
    }
}
