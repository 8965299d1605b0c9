package dev.ide.core.store;

import dev.ide.core.message.IncomingMessage;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Accepted messages, persisted before the platform is acknowledged (product §1.4). The store is also the record of
 * seen platform message ids: accepting a message whose (platform, messageId) was accepted before is refused, so
 * platform retries are dropped, also across a restart.
 */
public interface JobStore {

    /**
     * Persists the message as an ACCEPTED job.
     *
     * @return the job id, or empty when a message with the same platform message id was accepted before
     */
    OptionalLong accept(IncomingMessage message);

    void markDone(long jobId);

    void markFailed(long jobId);

    /** Jobs not finished (ACCEPTED, or RUNNING from an earlier version), oldest first: what a crash interrupted. */
    List<StoredJob> unfinished();

    /** Deletes finished jobs older than the instant (their ids stop counting as seen); returns how many. */
    int pruneFinishedBefore(Instant cutoff);
}
