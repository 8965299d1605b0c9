package dev.ide.tools.documents;

/**
 * What one {@link DocumentIndex#sync()} did. {@code filesRead} counts files opened and parsed: unchanged files are
 * never read again, so a quiet folder costs only a directory walk.
 */
public record SyncReport(int added, int updated, int removed, int skipped, int unchanged, int filesRead) {

    static final SyncReport NOTHING = new SyncReport(0, 0, 0, 0, 0, 0);

    public boolean changedIndex() {
        return added + updated + removed > 0;
    }
}
