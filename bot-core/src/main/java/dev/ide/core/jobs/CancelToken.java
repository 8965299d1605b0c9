package dev.ide.core.jobs;

/** Set by /cancel; a job checks it between steps and while streaming. */
public final class CancelToken {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
