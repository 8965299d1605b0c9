package dev.ide.core.pipeline;

import java.util.Optional;

/**
 * Decides what to tell the user before a routed question waits: a notice when the reasoner is busy, very busy or
 * down (product §3), with the place in the queue.
 */
@FunctionalInterface
public interface ReasonerGate {

    Optional<String> noticeBefore(int queuePosition);

    ReasonerGate SILENT = position -> Optional.empty();
}
