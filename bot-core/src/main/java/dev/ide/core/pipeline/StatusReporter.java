package dev.ide.core.pipeline;

/** Produces the /status text (a fresh read of both backends and the queue). */
@FunctionalInterface
public interface StatusReporter {

    String statusText();
}
