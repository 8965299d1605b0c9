package dev.ide.core.drafts;

import dev.ide.core.message.ConversationKey;
import java.time.Instant;

/**
 * A draft waiting for its owner's confirmation. The id is random and stable: the event created from it gets a UID
 * derived from it, so a replayed confirmation cannot make a second event.
 */
public record PendingDraft(String id, ConversationKey conversation, String userId, EventDraft event,
                           Instant createdAt, Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The UID of the event this draft creates. */
    public String eventUid() {
        return "ide-" + id + "@ide.bot";
    }
}
