package dev.ide.core.store;

import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.ConversationKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link DraftStore} in memory, for tests and for running without a database. Thread-safe. */
public final class InMemoryDraftStore implements DraftStore {

    private final Map<ConversationKey, PendingDraft> drafts = new ConcurrentHashMap<>();

    @Override
    public void put(PendingDraft draft) {
        drafts.put(draft.conversation(), draft);
    }

    @Override
    public Optional<PendingDraft> find(ConversationKey conversation) {
        return Optional.ofNullable(drafts.get(conversation));
    }

    @Override
    public boolean remove(ConversationKey conversation, String draftId) {
        boolean[] removed = {false};
        drafts.computeIfPresent(conversation, (key, draft) -> {
            if (draft.id().equals(draftId)) {
                removed[0] = true;
                return null;
            }
            return draft;
        });
        return removed[0];
    }

    @Override
    public void clear(ConversationKey conversation) {
        drafts.remove(conversation);
    }

    @Override
    public int pruneExpiredBefore(Instant cutoff) {
        int removed = 0;
        for (Map.Entry<ConversationKey, PendingDraft> entry : drafts.entrySet()) {
            if (entry.getValue().expiresAt().isBefore(cutoff) && drafts.remove(entry.getKey(), entry.getValue())) {
                removed++;
            }
        }
        return removed;
    }
}
