package dev.ide.core.jobs;

import dev.ide.core.message.ConversationKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs: the messages of one conversation one after another, different conversations in parallel on a shared
 * executor, and reasoner calls under their own concurrency limit. Counts what /status shows.
 *
 * <p>Each conversation has a lane (a FIFO of its jobs); at most one task per lane is on the executor at a time, so
 * order is kept without a thread per conversation. A lane holds at most {@code maxWaitingPerLane} jobs: a flood
 * from one chat cannot grow memory without bound.
 */
public final class JobQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobQueue.class);

    private final ExecutorService executor;
    private final Semaphore reasonerPermits;
    private final int maxWaitingPerLane;
    private final Map<ConversationKey, Lane> lanes = new HashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger reasonerActive = new AtomicInteger();
    private final AtomicInteger reasonerWaiting = new AtomicInteger();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public JobQueue(ExecutorService executor, int reasonerLimit, int maxWaitingPerLane) {
        this.executor = executor;
        this.reasonerPermits = new Semaphore(reasonerLimit, true);
        this.maxWaitingPerLane = maxWaitingPerLane;
    }

    /** What a job does; it reports success by returning normally, failure by {@link Outcome#FAILED}. */
    @FunctionalInterface
    public interface Job {
        Outcome run(CancelToken token);
    }

    public enum Outcome {
        DONE,
        FAILED
    }

    /**
     * Queues a job in its conversation's lane.
     *
     * @return a future completed when the job has run; empty result (null future) when the lane is full
     */
    public CompletableFuture<Outcome> submit(ConversationKey conversation, Job job) {
        Entry entry = new Entry(job, new CancelToken(), new CompletableFuture<>());
        boolean start;
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(conversation, k -> new Lane());
            if (lane.queue.size() >= maxWaitingPerLane) {
                return null;
            }
            lane.queue.add(entry);
            waiting.incrementAndGet();
            start = !lane.scheduled;
            lane.scheduled = true;
        }
        if (start) {
            executor.execute(() -> drain(conversation));
        }
        return entry.result;
    }

    /** Runs a job now, outside any lane (commands that must not wait behind a long answer). */
    public CompletableFuture<Outcome> submitNow(Job job) {
        Entry entry = new Entry(job, new CancelToken(), new CompletableFuture<>());
        waiting.incrementAndGet();
        executor.execute(() -> runEntry(entry));
        return entry.result;
    }

    private void drain(ConversationKey conversation) {
        while (true) {
            Entry entry;
            synchronized (lanes) {
                Lane lane = lanes.get(conversation);
                entry = lane.queue.peek();
                if (entry == null) {
                    lanes.remove(conversation);
                    return;
                }
                lane.running = entry;
            }
            runEntry(entry);
            synchronized (lanes) {
                Lane lane = lanes.get(conversation);
                lane.queue.poll();
                lane.running = null;
            }
        }
    }

    private void runEntry(Entry entry) {
        waiting.decrementAndGet();
        active.incrementAndGet();
        Outcome outcome = Outcome.FAILED;
        try {
            outcome = entry.job.run(entry.token);
        } catch (RuntimeException | Error e) {
            log.error("job failed unexpectedly", e);
        } finally {
            active.decrementAndGet();
            (outcome == Outcome.DONE ? done : failed).incrementAndGet();
            entry.result.complete(outcome);
        }
    }

    /**
     * Runs a reasoner call under the reasoner limit. {@code whileWaiting} is told the queue position when the call
     * has to wait.
     */
    public <T> T withReasoner(CancelToken token, Consumer<Integer> whileWaiting, ReasonerCall<T> call)
            throws Exception {
        reasonerWaiting.incrementAndGet();
        boolean acquired = false;
        try {
            if (!reasonerPermits.tryAcquire()) {
                whileWaiting.accept(reasonerPosition());
                while (!acquired) {
                    if (token.isCancelled()) {
                        throw new InterruptedException("cancelled while waiting");
                    }
                    acquired = reasonerPermits.tryAcquire(200, TimeUnit.MILLISECONDS);
                }
            } else {
                acquired = true;
            }
        } finally {
            reasonerWaiting.decrementAndGet();
        }
        reasonerActive.incrementAndGet();
        try {
            return call.call();
        } finally {
            reasonerActive.decrementAndGet();
            reasonerPermits.release();
        }
    }

    @FunctionalInterface
    public interface ReasonerCall<T> {
        T call() throws Exception;
    }

    /** The place a new reasoner job would take: 1 when nothing runs or waits. */
    public int reasonerPosition() {
        return reasonerActive.get() + reasonerWaiting.get();
    }

    /** Reasoner jobs running now (the registry's local-queue rule). */
    public int reasonerActive() {
        return reasonerActive.get();
    }

    /**
     * Cancels the conversation's queued and running jobs.
     *
     * @return how many jobs were cancelled
     */
    public int cancel(ConversationKey conversation) {
        List<Entry> toCancel = new ArrayList<>();
        synchronized (lanes) {
            Lane lane = lanes.get(conversation);
            if (lane != null) {
                toCancel.addAll(lane.queue);
            }
        }
        for (Entry entry : toCancel) {
            entry.token.cancel();
        }
        return toCancel.size();
    }

    public QueueStats stats() {
        return new QueueStats(active.get(), waiting.get(), done.get(), failed.get());
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static final class Lane {
        final ArrayDeque<Entry> queue = new ArrayDeque<>();
        Entry running;
        boolean scheduled;
    }

    private record Entry(Job job, CancelToken token, CompletableFuture<Outcome> result) {
    }
}
