package dev.ide.core.store;

/** Life of an accepted message. ACCEPTED and RUNNING jobs are picked up again after a crash. */
public enum JobState {
    ACCEPTED,
    RUNNING,
    DONE,
    FAILED
}
