package dev.ide.db;

import dev.ide.core.store.HistoryStore;
import dev.ide.core.store.HistoryStoreContract;
import org.junit.jupiter.api.AfterEach;

class JdbcHistoryStoreTest extends HistoryStoreContract {

    private Database database;

    @Override
    protected HistoryStore newStore() {
        database = TestDatabases.inMemory();
        return new JdbcHistoryStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
