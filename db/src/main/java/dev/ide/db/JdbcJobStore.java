package dev.ide.db;

import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.store.JobState;
import dev.ide.core.store.JobStore;
import dev.ide.core.store.StoredJob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * {@link JobStore} over the {@code jobs} table. The duplicate check is the table's UNIQUE (platform, message_id)
 * constraint, so accepting is one atomic insert even when a platform delivers the same message twice at once.
 */
public final class JdbcJobStore implements JobStore {

    private static final String INSERT = """
            INSERT INTO jobs (platform, message_id, chat_id, user_id, display_name, text, received_at, chat_kind,
                              thread_id, callback_data, button_message_id, state)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACCEPTED')""";

    private final DataSource dataSource;
    private final Clock clock;

    /** @param clock stamps when a job finished, which {@link #pruneFinishedBefore} compares against */
    public JdbcJobStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public JdbcJobStore(Database database, Clock clock) {
        this(database.dataSource(), clock);
    }

    public JdbcJobStore(Database database) {
        this(database.dataSource(), Clock.systemUTC());
    }

    @Override
    public OptionalLong accept(IncomingMessage m) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, m.platform().id());
            ps.setString(2, m.messageId());
            ps.setString(3, m.chatId());
            ps.setString(4, m.userId());
            ps.setString(5, m.displayName());
            ps.setString(6, m.text());
            Sql.setInstant(ps, 7, m.receivedAt());
            ps.setString(8, m.chatKind().name());
            ps.setString(9, m.threadId());
            ps.setString(10, m.callbackData());
            ps.setString(11, m.buttonMessageId());
            try {
                ps.executeUpdate();
            } catch (SQLException e) {
                if (Sql.isUniqueViolation(e)) {
                    return OptionalLong.empty();
                }
                throw e;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return OptionalLong.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("job accept", e);
        }
    }

    @Override
    public void markDone(long jobId) {
        move(jobId, JobState.DONE, clock.instant());
    }

    @Override
    public void markFailed(long jobId) {
        move(jobId, JobState.FAILED, clock.instant());
    }

    private void move(long jobId, JobState state, Instant finishedAt) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE jobs SET state = ?, finished_at = ? WHERE id = ?")) {
            ps.setString(1, state.name());
            Sql.setInstant(ps, 2, finishedAt);
            ps.setLong(3, jobId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("job mark " + state, e);
        }
    }

    @Override
    public List<StoredJob> unfinished() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT id, platform, message_id, chat_id, user_id, display_name, text, received_at, chat_kind,
                            thread_id, callback_data, button_message_id, state
                     FROM jobs WHERE state IN ('ACCEPTED', 'RUNNING') ORDER BY id""");
             ResultSet rs = ps.executeQuery()) {
            List<StoredJob> jobs = new ArrayList<>();
            while (rs.next()) {
                IncomingMessage message = new IncomingMessage(Platform.fromId(rs.getString("platform")),
                        rs.getString("chat_id"), rs.getString("user_id"), rs.getString("display_name"),
                        rs.getString("text"), rs.getString("message_id"), Sql.getInstant(rs, "received_at"),
                        ChatKind.valueOf(rs.getString("chat_kind")), rs.getString("thread_id"),
                        rs.getString("callback_data"), rs.getString("button_message_id"));
                jobs.add(new StoredJob(rs.getLong("id"), message, JobState.valueOf(rs.getString("state"))));
            }
            return List.copyOf(jobs);
        } catch (SQLException e) {
            throw new StoreException("job read", e);
        }
    }

    @Override
    public int pruneFinishedBefore(Instant cutoff) {
        // only DONE and FAILED jobs have finished_at
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM jobs WHERE finished_at < ?")) {
            Sql.setInstant(ps, 1, cutoff);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("job prune", e);
        }
    }
}
