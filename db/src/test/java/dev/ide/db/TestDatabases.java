package dev.ide.db;

import java.util.UUID;

/** Fresh, private in-memory databases for tests. */
final class TestDatabases {

    private TestDatabases() {
    }

    static Database inMemory() {
        return Database.inMemory("test-" + UUID.randomUUID());
    }
}
