package dev.ide.core.jobs;

/** The job queue's counters, as /status shows them. active counts running jobs, waiting queued ones. */
public record QueueStats(int active, int waiting, long done, long failed) {
}
