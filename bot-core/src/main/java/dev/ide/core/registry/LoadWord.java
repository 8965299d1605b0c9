package dev.ide.core.registry;

/** How busy a backend is, in the four words the seed uses; {@link #text()} is what users and the JSON see. */
public enum LoadWord {
    IDLE("여유"),
    NORMAL("보통"),
    BUSY("바쁨"),
    VERY_BUSY("매우 바쁨");

    private final String text;

    LoadWord(String text) {
        this.text = text;
    }

    /** The Korean word ("여유", "보통", "바쁨", "매우 바쁨"). */
    public String text() {
        return text;
    }

    /** 바쁨 or 매우 바쁨: the states in which a user is warned before their job waits. */
    public boolean isBusy() {
        return this == BUSY || this == VERY_BUSY;
    }
}
