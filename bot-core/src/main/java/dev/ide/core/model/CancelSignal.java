package dev.ide.core.model;

/**
 * What a model call watches to stop early: polled between streamed chunks, and told at once when cancelled, so a
 * call still waiting for its first byte is aborted too (a reasoner can think for minutes before it answers).
 */
public interface CancelSignal {

    /** Never cancelled. */
    CancelSignal NEVER = new CancelSignal() {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public Registration whenCancelled(Runnable action) {
            return () -> { };
        }
    };

    boolean isCancelled();

    /** Runs the action once when cancelled (at once if already cancelled); closing the registration stops it. */
    Registration whenCancelled(Runnable action);

    /** A listener's registration; closing it twice is harmless. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
