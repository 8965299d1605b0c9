package dev.ide.db;

import dev.ide.core.store.DraftStore;
import dev.ide.core.store.DraftStoreContract;
import org.junit.jupiter.api.AfterEach;

class JdbcDraftStoreTest extends DraftStoreContract {

    private Database database;

    @Override
    protected DraftStore newStore() {
        database = TestDatabases.inMemory();
        return new JdbcDraftStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
