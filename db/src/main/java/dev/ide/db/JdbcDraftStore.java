package dev.ide.db;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.store.DraftStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link DraftStore} over the {@code drafts} table, one row per conversation. */
public final class JdbcDraftStore implements DraftStore {

    private final DataSource dataSource;

    public JdbcDraftStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public JdbcDraftStore(Database database) {
        this(database.dataSource());
    }

    @Override
    public void put(PendingDraft draft) {
        // MERGE ... KEY replaces the conversation's older draft in one statement
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     MERGE INTO drafts (conversation, id, user_id, title, event_date, start_time, end_time,
                                        description, created_at, expires_at)
                     KEY (conversation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            EventDraft event = draft.event();
            ps.setString(1, draft.conversation().asString());
            ps.setString(2, draft.id());
            ps.setString(3, draft.userId());
            ps.setString(4, event.title());
            ps.setObject(5, event.date());
            ps.setObject(6, event.start());
            ps.setObject(7, event.end());
            ps.setString(8, event.description());
            Sql.setInstant(ps, 9, draft.createdAt());
            Sql.setInstant(ps, 10, draft.expiresAt());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("draft put", e);
        }
    }

    @Override
    public Optional<PendingDraft> find(ConversationKey conversation) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT id, user_id, title, event_date, start_time, end_time, description, created_at, expires_at
                     FROM drafts WHERE conversation = ?""")) {
            ps.setString(1, conversation.asString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                EventDraft event = new EventDraft(rs.getString("title"), rs.getObject("event_date", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                        rs.getString("description"));
                return Optional.of(new PendingDraft(rs.getString("id"), conversation, rs.getString("user_id"), event,
                        Sql.getInstant(rs, "created_at"), Sql.getInstant(rs, "expires_at")));
            }
        } catch (SQLException e) {
            throw new StoreException("draft read", e);
        }
    }

    @Override
    public boolean remove(ConversationKey conversation, String draftId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM drafts WHERE conversation = ? AND id = ?")) {
            ps.setString(1, conversation.asString());
            ps.setString(2, draftId);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("draft remove", e);
        }
    }

    @Override
    public void clear(ConversationKey conversation) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM drafts WHERE conversation = ?")) {
            ps.setString(1, conversation.asString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("draft clear", e);
        }
    }

    @Override
    public int pruneExpiredBefore(Instant cutoff) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM drafts WHERE expires_at < ?")) {
            Sql.setInstant(ps, 1, cutoff);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("draft prune", e);
        }
    }
}
