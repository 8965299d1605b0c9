package dev.ide.core.drafts;

import dev.ide.core.message.Button;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.store.DraftStore;
import dev.ide.core.text.Msg;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pending calendar drafts: one per conversation, made by one user, expiring after a while. Creating the event is the
 * calendar tool's job; this class decides whether a draft may be confirmed.
 */
public final class Drafts {

    public static final String CONFIRM_PREFIX = "draft:confirm:";
    public static final String CANCEL_PREFIX = "draft:cancel:";

    private final DraftStore store;
    private final Clock clock;
    private final Duration ttl;

    public Drafts(DraftStore store, Clock clock, Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Stores a new draft for the conversation, replacing an older one. */
    public PendingDraft create(ConversationKey conversation, String userId, EventDraft event) {
        Instant now = clock.instant();
        PendingDraft draft = new PendingDraft(UUID.randomUUID().toString().replace("-", ""), conversation, userId,
                event, now, now.plus(ttl));
        store.put(draft);
        return draft;
    }

    /** The conversation's unexpired draft, if any. */
    public Optional<PendingDraft> pending(ConversationKey conversation) {
        return store.find(conversation).filter(d -> !d.expiredAt(clock.instant()));
    }

    /** Whether this user may confirm the conversation's draft now, and which draft that is. */
    public Lookup lookup(ConversationKey conversation, String userId) {
        Optional<PendingDraft> found = store.find(conversation);
        if (found.isEmpty()) {
            return new Lookup(LookupResult.NONE, null);
        }
        PendingDraft draft = found.get();
        if (draft.expiredAt(clock.instant())) {
            store.remove(conversation, draft.id());
            return new Lookup(LookupResult.EXPIRED, null);
        }
        if (!draft.userId().equals(userId)) {
            return new Lookup(LookupResult.OTHER_USER, null);
        }
        return new Lookup(LookupResult.READY, draft);
    }

    /** Forgets a draft once its event exists (or it was refused). */
    public void finish(PendingDraft draft) {
        store.remove(draft.conversation(), draft.id());
    }

    /** Discards the conversation's draft; returns whether there was an unexpired one. */
    public boolean discard(ConversationKey conversation) {
        boolean had = pending(conversation).isPresent();
        store.clear(conversation);
        return had;
    }

    /** The 확인 / 취소 buttons for a draft. */
    public static List<Button> buttonsFor(PendingDraft draft) {
        return List.of(new Button(Msg.BUTTON_CONFIRM.text(), CONFIRM_PREFIX + draft.id()),
                new Button(Msg.BUTTON_CANCEL.text(), CANCEL_PREFIX + draft.id()));
    }

    public enum LookupResult {
        NONE,
        EXPIRED,
        OTHER_USER,
        READY
    }

    /** The outcome of {@link #lookup}; {@code draft} is set only when READY. */
    public record Lookup(LookupResult result, PendingDraft draft) {
    }
}
