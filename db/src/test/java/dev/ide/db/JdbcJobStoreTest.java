package dev.ide.db;

import dev.ide.core.store.JobStore;
import dev.ide.core.store.JobStoreContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

class JdbcJobStoreTest extends JobStoreContract {

    private Database database;

    @Override
    protected JobStore newStore(Clock clock) {
        database = TestDatabases.inMemory();
        return new JdbcJobStore(database, clock);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
