package dev.ide.core.pipeline;

/**
 * Cleans what a user typed before anything reads it: lone UTF-16 surrogates become U+FFFD, control characters other
 * than line breaks and tabs are dropped, and the text is cut to a maximum length.
 */
public record InputText(String text, boolean cut) {

    public static InputText clean(String raw, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), maxChars + 1));
        boolean cut = false;
        for (int i = 0; i < raw.length(); i++) {
            if (out.length() >= maxChars) {
                cut = true;
                break;
            }
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    if (out.length() + 2 > maxChars) {
                        cut = true;
                        break;
                    }
                    out.append(c).append(raw.charAt(++i));
                } else {
                    out.append('\uFFFD');
                }
            } else if (Character.isLowSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c == '\r' ? '\n' : c);
            } else if (c == '\r') {
                out.append('\n');
            }
        }
        return new InputText(out.toString().strip(), cut);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
