package dev.ide.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import dev.ide.core.store.Turn;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the database does can hold a job's thread for long: a statement stuck behind another connection's lock, a
 * runaway statement and a wait for a pooled connection all fail within their limit with a {@link StoreException}
 * (or the driver's error), and the database works normally once the cause is gone. Short limits keep the tests fast;
 * {@link #the_bot_opens_its_database_with_the_limits_on} checks that the real database has them.
 */
class DatabaseLimitsTest {

    private static final Database.Limits SHORT = new Database.Limits(2, Duration.ofSeconds(1),
            Duration.ofMillis(300), Duration.ofMillis(500));
    private static final ConversationKey CHAT = new ConversationKey(Platform.CONSOLE, "limits");
    /** Far longer than any limit above, far shorter than "hanging". */
    private static final Duration GUARD = Duration.ofSeconds(20);

    private final List<Connection> held = new ArrayList<>();
    private Database database;

    @AfterEach
    void close() throws SQLException {
        for (Connection c : held) {
            c.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_write_stuck_behind_another_connections_lock_fails_within_the_lock_wait_and_works_once_it_is_released()
            throws SQLException {
        database = Database.inMemory("limits-" + UUID.randomUUID(), SHORT);
        JdbcDraftStore drafts = new JdbcDraftStore(database);
        drafts.put(draft("첫 초안"));
        // Another process (ide-bot ask beside run) in the middle of a transaction on the same row.
        Connection other = hold();
        other.setAutoCommit(false);
        try (Statement s = other.createStatement()) {
            assertThat(s.executeUpdate("UPDATE drafts SET title = '잠금' WHERE conversation = '" + CHAT.asString()
                    + "'")).isEqualTo(1);
        }

        long started = System.nanoTime();
        assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(() -> drafts.put(draft("새 초안")))
                .isInstanceOf(StoreException.class)
                .hasMessageNotContaining("새 초안"));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(waited).as("failed after the lock wait, not before and not much after")
                .isBetween(Duration.ofMillis(250), Duration.ofMillis(1500));

        other.rollback();
        drafts.put(draft("새 초안"));
        assertThat(drafts.find(CHAT)).hasValueSatisfying(d -> assertThat(d.event().title()).isEqualTo("새 초안"));
    }

    @Test
    void a_runaway_statement_is_cancelled_after_the_statement_limit() throws SQLException {
        database = Database.inMemory("limits-" + UUID.randomUUID(), SHORT);

        long started = System.nanoTime();
        assertTimeoutPreemptively(GUARD, () -> {
            try (Connection c = database.connection(); Statement s = c.createStatement()) {
                // 10^10 row pairs: without a limit this runs for many minutes.
                assertThatThrownBy(() -> s.executeQuery("SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) a, "
                        + "SYSTEM_RANGE(1, 100000) b WHERE a.X + b.X = 7"))
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).as("statement cancelled").isEqualTo("57014"));
            }
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

        JdbcHistoryStore history = new JdbcHistoryStore(database);
        history.append(CHAT, Turn.user("아직 살아 있어요", Instant.now()));
        assertThat(history.recent(CHAT, 5)).extracting(Turn::text).containsExactly("아직 살아 있어요");
    }

    @Test
    void a_request_for_a_connection_while_all_are_taken_fails_after_the_connection_wait() throws SQLException {
        database = Database.inMemory("limits-" + UUID.randomUUID(), SHORT);
        JdbcHistoryStore history = new JdbcHistoryStore(database);
        // Both pooled connections held by statements that do not come back.
        hold(database.connection());
        hold(database.connection());

        long started = System.nanoTime();
        assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(() -> history.recent(CHAT, 5))
                .isInstanceOf(StoreException.class));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900),
                Duration.ofSeconds(3));

        held.remove(0).close();
        assertThat(history.recent(CHAT, 5)).isEmpty();
    }

    @Test
    void the_bot_opens_its_database_with_the_limits_on(@TempDir Path dataDir) throws SQLException {
        database = Database.open(dataDir);
        try (Connection c = database.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT LOCK_TIMEOUT(), SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'QUERY_TIMEOUT'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(Database.Limits.DEFAULT.lockWait().toMillis()).isPositive();
            assertThat(rs.getLong(2)).isEqualTo(Database.Limits.DEFAULT.statement().toMillis()).isPositive();
        }
        assertThat(Database.Limits.DEFAULT.statement()).as("bounded, and generous for statements of milliseconds")
                .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThat(Database.Limits.DEFAULT.connectionWait()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    private Connection hold() throws SQLException {
        return hold(database.connection());
    }

    private Connection hold(Connection c) {
        held.add(c);
        return c;
    }

    private static PendingDraft draft(String title) {
        Instant now = Instant.now();
        return new PendingDraft(UUID.randomUUID().toString(), CHAT, "owner", new EventDraft(title,
                LocalDate.of(2026, 12, 3), LocalTime.of(15, 0), LocalTime.of(16, 0), ""), now,
                now.plus(Duration.ofMinutes(30)));
    }
}
