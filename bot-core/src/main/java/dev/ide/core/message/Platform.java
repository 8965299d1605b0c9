package dev.ide.core.message;

/** Where a message came from. The id is used in stored keys and logs. */
public enum Platform {
    CONSOLE("console"),
    TELEGRAM("telegram"),
    SLACK("slack");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Platform fromId(String id) {
        for (Platform p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown platform: " + id);
    }
}
