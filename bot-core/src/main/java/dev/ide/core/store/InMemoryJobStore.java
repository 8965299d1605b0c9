package dev.ide.core.store;

import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A {@link JobStore} in memory, for tests and for running without a database. Thread-safe: one lock guards the jobs
 * and the seen ids together, so the duplicate check and the insert are one step, as in the database.
 */
public final class InMemoryJobStore implements JobStore {

    private final Clock clock;
    private final Object lock = new Object();
    private final Map<Long, Entry> jobs = new LinkedHashMap<>();
    private final Map<SeenId, Long> seen = new HashMap<>();
    private long nextId = 1;

    /** @param clock stamps when a job finished, which {@link #pruneFinishedBefore} compares against */
    public InMemoryJobStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryJobStore() {
        this(Clock.systemUTC());
    }

    @Override
    public OptionalLong accept(IncomingMessage message) {
        synchronized (lock) {
            long id = nextId;
            if (message.messageId() != null) {
                SeenId key = new SeenId(message.platform(), message.messageId());
                if (seen.putIfAbsent(key, id) != null) {
                    return OptionalLong.empty();
                }
            }
            nextId++;
            jobs.put(id, new Entry(message, JobState.ACCEPTED, null));
            return OptionalLong.of(id);
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
        synchronized (lock) {
            jobs.computeIfPresent(jobId, (id, e) -> new Entry(e.message(), state, finishedAt));
        }
    }

    @Override
    public List<StoredJob> unfinished() {
        synchronized (lock) {
            List<StoredJob> result = new ArrayList<>();
            // LinkedHashMap keeps insertion order, which is id order: oldest first
            jobs.forEach((id, e) -> {
                if (e.state() == JobState.ACCEPTED) {
                    result.add(new StoredJob(id, e.message(), e.state()));
                }
            });
            return result;
        }
    }

    @Override
    public int pruneFinishedBefore(Instant cutoff) {
        synchronized (lock) {
            int before = jobs.size();
            jobs.entrySet().removeIf(entry -> {
                Entry e = entry.getValue();
                boolean prune = e.finishedAt() != null && e.finishedAt().isBefore(cutoff);
                if (prune && e.message().messageId() != null) {
                    seen.remove(new SeenId(e.message().platform(), e.message().messageId()), entry.getKey());
                }
                return prune;
            });
            return before - jobs.size();
        }
    }

    private record Entry(IncomingMessage message, JobState state, Instant finishedAt) {
    }

    private record SeenId(Platform platform, String messageId) {
    }
}
