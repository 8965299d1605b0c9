package dev.ide.core.registry;

/**
 * How busy a backend is, in the four words the seed uses, plus 알 수 없음 where there is no evidence (the backend is
 * down or not yet checked, or the probe failed): never 여유 without a reading. {@link #text()} is what users and the
 * JSON see.
 */
public enum LoadWord {
    IDLE("여유"),
    NORMAL("보통"),
    BUSY("바쁨"),
    VERY_BUSY("매우 바쁨"),
    UNKNOWN("알 수 없음");

    private final String text;

    LoadWord(String text) {
        this.text = text;
    }

    /** The Korean word ("여유", "보통", "바쁨", "매우 바쁨", "알 수 없음"). */
    public String text() {
        return text;
    }

    /** 바쁨 or 매우 바쁨: the states in which a user is warned before their job waits. */
    public boolean isBusy() {
        return this == BUSY || this == VERY_BUSY;
    }
}
