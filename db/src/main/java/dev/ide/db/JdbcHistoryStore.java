package dev.ide.db;

import dev.ide.core.message.ConversationKey;
import dev.ide.core.store.HistoryStore;
import dev.ide.core.store.Turn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** {@link HistoryStore} over the {@code history} table. Every call is one short transaction. */
public final class JdbcHistoryStore implements HistoryStore {

    private final DataSource dataSource;

    public JdbcHistoryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public JdbcHistoryStore(Database database) {
        this(database.dataSource());
    }

    @Override
    public void append(ConversationKey conversation, Turn... turns) {
        if (turns.length == 0) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean batch = turns.length > 1;
            if (batch) {
                c.setAutoCommit(false); // one commit for the exchange: all or none, and one write instead of two
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO history (conversation, role, text, at) VALUES (?, ?, ?, ?)")) {
                for (Turn turn : turns) {
                    ps.setString(1, conversation.asString());
                    ps.setString(2, turn.role().name());
                    ps.setString(3, turn.text());
                    Sql.setInstant(ps, 4, turn.at());
                    ps.executeUpdate();
                }
                if (batch) {
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (batch) {
                    c.rollback();
                }
                throw e;
            } finally {
                if (batch) {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("history append", e);
        }
    }

    @Override
    public List<Turn> recent(ConversationKey conversation, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // newest first, then flipped to oldest first. Ordering by exactly the index's columns (conversation, id DESC)
        // lets H2 read just `limit` index entries; ORDER BY id alone makes it sort the whole conversation.
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT role, text, at FROM history WHERE conversation = ?
                     ORDER BY conversation, id DESC LIMIT ?""")) {
            ps.setString(1, conversation.asString());
            ps.setInt(2, limit);
            List<Turn> turns = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    turns.add(new Turn(Turn.Role.valueOf(rs.getString("role")), rs.getString("text"),
                            Sql.getInstant(rs, "at")));
                }
            }
            Collections.reverse(turns);
            return Collections.unmodifiableList(turns);
        } catch (SQLException e) {
            throw new StoreException("history read", e);
        }
    }

    @Override
    public void clear(ConversationKey conversation) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM history WHERE conversation = ?")) {
            ps.setString(1, conversation.asString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("history clear", e);
        }
    }

    @Override
    public int pruneOlderThan(Instant cutoff) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM history WHERE at < ?")) {
            Sql.setInstant(ps, 1, cutoff);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("history prune", e);
        }
    }
}
