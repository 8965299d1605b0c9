package dev.ide.core.pipeline;

import java.util.concurrent.CompletableFuture;

/**
 * What became of a message handed to the pipeline. When {@code accepted}, it is persisted and the platform may be
 * acknowledged; {@code done} completes once the answer has been sent.
 */
public record Acceptance(Status status, CompletableFuture<Void> done) {

    public enum Status {
        /** Persisted and queued. */
        ACCEPTED,
        /** A platform retry of a message already accepted: dropped. */
        DUPLICATE,
        /** The sender is not on the allowlist: refused, nothing stored. */
        REFUSED
    }

    static Acceptance of(Status status) {
        return new Acceptance(status, CompletableFuture.completedFuture(null));
    }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }
}
