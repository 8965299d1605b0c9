package dev.ide.core.store;

/**
 * Life of an accepted message: ACCEPTED until it is answered (DONE) or given up (FAILED); unfinished jobs are picked up
 * again after a crash. A job is not marked while it runs: that write bought nothing (an accepted and a running job
 * are recovered alike) and cost a commit per message.
 */
public enum JobState {
    ACCEPTED,
    /** Written by earlier versions while a job ran; read like ACCEPTED. */
    RUNNING,
    DONE,
    FAILED
}
