package dev.ide.core.store;

import dev.ide.core.message.ConversationKey;
import java.time.Instant;
import java.util.List;

/** The conversation history that goes into prompts. Survives restarts. */
public interface HistoryStore {

    void append(ConversationKey conversation, Turn turn);

    /** The last {@code limit} turns, oldest first. */
    List<Turn> recent(ConversationKey conversation, int limit);

    /** Forgets the conversation (/reset). */
    void clear(ConversationKey conversation);

    /** Deletes turns older than the instant; returns how many. */
    int pruneOlderThan(Instant cutoff);
}
