package dev.ide.core.store;

import dev.ide.core.message.ConversationKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link HistoryStore} in memory, for tests and for running without a database. Thread-safe. */
public final class InMemoryHistoryStore implements HistoryStore {

    private final Map<ConversationKey, List<Turn>> turns = new ConcurrentHashMap<>();

    @Override
    public void append(ConversationKey conversation, Turn... added) {
        // compute() holds the map's bin lock, so appends to one conversation never interleave
        turns.compute(conversation, (key, list) -> {
            List<Turn> target = list == null ? new ArrayList<>() : list;
            target.addAll(List.of(added));
            return target;
        });
    }

    @Override
    public List<Turn> recent(ConversationKey conversation, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<Turn> copy = new ArrayList<>();
        turns.computeIfPresent(conversation, (key, list) -> {
            copy.addAll(list.subList(Math.max(0, list.size() - limit), list.size()));
            return list;
        });
        return List.copyOf(copy);
    }

    @Override
    public void clear(ConversationKey conversation) {
        turns.remove(conversation);
    }

    @Override
    public int pruneOlderThan(Instant cutoff) {
        int[] removed = {0};
        for (ConversationKey key : turns.keySet()) {
            turns.computeIfPresent(key, (k, list) -> {
                int before = list.size();
                list.removeIf(t -> t.at().isBefore(cutoff));
                removed[0] += before - list.size();
                return list.isEmpty() ? null : list;
            });
        }
        return removed[0];
    }
}
