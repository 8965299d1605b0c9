package dev.ide.core.registry;

/** Where a load word came from; {@link #id()} is the seed's string, used in the JSON. */
public enum LoadSource {
    /** The backend's own {@code GET /status} counters. */
    STATUS_API("status_api"),
    /** Health latency against its baseline, an occasional inference probe and the local queue. */
    HYBRID("hybrid");

    private final String id;

    LoadSource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
