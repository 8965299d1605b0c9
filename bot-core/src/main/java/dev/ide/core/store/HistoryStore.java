package dev.ide.core.store;

import dev.ide.core.message.ConversationKey;
import java.time.Instant;
import java.util.List;

/** The conversation history that goes into prompts. Survives restarts. */
public interface HistoryStore {

    /** Appends the turns in order, all or none (an exchange is one write: a user turn never lacks its answer). */
    void append(ConversationKey conversation, Turn... turns);

    /** The last {@code limit} turns, oldest first. */
    List<Turn> recent(ConversationKey conversation, int limit);

    /** Forgets the conversation (/reset). */
    void clear(ConversationKey conversation);

    /** Deletes turns older than the instant; returns how many. */
    int pruneOlderThan(Instant cutoff);
}
