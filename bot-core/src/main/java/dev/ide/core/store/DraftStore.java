package dev.ide.core.store;

import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.ConversationKey;
import java.time.Instant;
import java.util.Optional;

/** At most one pending calendar draft per conversation. Survives restarts. */
public interface DraftStore {

    /** Stores the draft, replacing any older one of the same conversation. */
    void put(PendingDraft draft);

    /** The conversation's draft, expired or not (expiry is decided by the caller's clock). */
    Optional<PendingDraft> find(ConversationKey conversation);

    /** Removes the draft with this id, if it is still the stored one; returns whether it was. */
    boolean remove(ConversationKey conversation, String draftId);

    /** Removes any draft of the conversation. */
    void clear(ConversationKey conversation);

    /** Deletes drafts that expired before the instant; returns how many. */
    int pruneExpiredBefore(Instant cutoff);
}
