package dev.ide.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The bot's H2 database under {@code DATA_DIR}, migrated to the newest schema on open.
 *
 * <p>The file is opened in H2's mixed mode ({@code AUTO_SERVER=TRUE}): the first process serves it and later ones
 * ({@code ide-bot ask}, {@code ide-bot status} beside a running {@code ide-bot run}) connect to that process, so
 * they share history and drafts.
 */
public final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final boolean inMemory;

    private Database(JdbcConnectionPool pool, boolean inMemory) {
        this.pool = pool;
        this.inMemory = inMemory;
    }

    /** Opens (creating if needed) the database in the folder and applies pending migrations. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data directory " + dataDir, e);
        }
        // WRITE_DELAY=0: a commit reaches the file at once, so an accepted message survives a kill -9 (persist, then ack).
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ide") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        return openUrl(url, false);
    }

    /** A private in-memory database, for tests. */
    public static Database inMemory(String name) {
        return openUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", true);
    }

    private static Database openUrl(String url, boolean inMemory) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "ide", "");
        pool.setMaxConnections(32);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool, inMemory);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Closes the pool's connections. A file database then closes itself once no other process is connected through
     * this one; an in-memory database is dropped (DB_CLOSE_DELAY=-1 would otherwise keep it for the JVM's life).
     */
    @Override
    public void close() {
        if (inMemory) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already gone: nothing left to drop
            }
        }
        pool.dispose();
    }
}
