package dev.ide.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The bot's H2 database under {@code DATA_DIR}, migrated to the newest schema on open.
 *
 * <p>The file is opened in H2's mixed mode ({@code AUTO_SERVER=TRUE}): the first process serves it and later ones
 * ({@code ide-bot ask}, {@code ide-bot status} beside a running {@code ide-bot run}) connect to that process, so
 * they share history and drafts.
 *
 * <p>No statement can hold a job's thread for long: see {@link Limits#DEFAULT}. A statement that passes a limit
 * fails with an {@link SQLException}, which the stores turn into a {@link StoreException}.
 */
public final class Database implements AutoCloseable {

    /**
     * How long the bot's own statements may take. Every statement of the stores touches a handful of rows and runs in
     * milliseconds, so passing a limit means something is stuck (another process holding a lock, a runaway query, a
     * pool drained by stuck statements); failing then gives the job's thread back and lets the user be told, instead of
     * one conversation hanging and others queuing behind a drained pool.
     *
     * @param maxConnections pooled connections, more than the engine's worker threads plus the background jobs
     * @param connectionWait how long to wait for a free pooled connection (whole seconds: the pool's unit)
     * @param lockWait       how long a statement waits for a row or table locked by another transaction (H2
     *                       {@code LOCK_TIMEOUT}; H2's own default is 2 s)
     * @param statement      how long one statement may run before H2 cancels it ({@code QUERY_TIMEOUT}); not
     *                       applied to migrations, which may rewrite a large table once
     */
    record Limits(int maxConnections, Duration connectionWait, Duration lockWait, Duration statement) {

        /** The limits the bot runs with; constants, since no operator has a reason to tune them. */
        static final Limits DEFAULT = new Limits(32, Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(10));

        Limits {
            if (connectionWait.toSeconds() < 1 || lockWait.isNegative() || statement.isNegative()) {
                throw new IllegalArgumentException("database limits must be positive (connection wait >= 1 s)");
            }
        }

        /** URL settings for every session opened with them. */
        String sessionSettings() {
            return ";LOCK_TIMEOUT=" + lockWait.toMillis() + ";QUERY_TIMEOUT=" + statement.toMillis();
        }
    }

    /** The number of the newest file in {@code db/migration} ({@code V<n>__...sql}); a test keeps them equal. */
    static final int NEWEST_MIGRATION = 2;

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
        return openUrl(url, false, Limits.DEFAULT);
    }

    /** A private in-memory database, for tests. */
    public static Database inMemory(String name) {
        return inMemory(name, Limits.DEFAULT);
    }

    /** A private in-memory database with other limits, for tests of the limits. */
    static Database inMemory(String name, Limits limits) {
        return openUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", true, limits);
    }

    private static Database openUrl(String url, boolean inMemory, Limits limits) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url + limits.sessionSettings(), "ide", "");
        pool.setMaxConnections(limits.maxConnections());
        pool.setLoginTimeout((int) limits.connectionWait().toSeconds());
        // The held connection keeps the database open while the migrations use their own session, so a file
        // database is not closed and opened again in between.
        try (Connection held = pool.getConnection()) {
            if (schemaVersion(held) != NEWEST_MIGRATION) {
                migrate(url + ";LOCK_TIMEOUT=" + limits.lockWait().toMillis());
            }
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e instanceof RuntimeException r ? r : new StoreException("database open", (SQLException) e);
        }
        return new Database(pool, inMemory);
    }

    /**
     * The newest migration applied, or -1 when none is (or the history is unreadable). Read by hand because Flyway's
     * scan of the migrations and its validation cost about a third of a second at every start, for nothing in the
     * usual case of a database already at {@link #NEWEST_MIGRATION}.
     */
    static int schemaVersion(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""
                     + " WHERE \"success\"")) {
            return rs.next() && rs.getObject(1) != null ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1; // a new database: no history table yet
        }
    }

    /** Applies pending migrations over one unpooled connection without the statement limit. */
    private static void migrate(String url) {
        JdbcDataSource migrations = new JdbcDataSource();
        migrations.setURL(url);
        migrations.setUser("ide");
        migrations.setPassword("");
        Flyway.configure()
                .dataSource(migrations)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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
