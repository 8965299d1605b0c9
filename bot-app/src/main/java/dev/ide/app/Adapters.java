package dev.ide.app;

import java.util.ArrayList;
import java.util.List;

/** The chat platforms this process serves, started from the settings. */
final class Adapters implements AutoCloseable {

    private final List<AutoCloseable> running;
    private final List<String> names;

    private Adapters(List<AutoCloseable> running, List<String> names) {
        this.running = running;
        this.names = names;
    }

    static Adapters start(Wiring wiring) {
        List<AutoCloseable> running = new ArrayList<>();
        List<String> names = new ArrayList<>();
        return new Adapters(running, names);
    }

    boolean isEmpty() {
        return running.isEmpty();
    }

    String describe() {
        return String.join(", ", names);
    }

    @Override
    public void close() {
        for (AutoCloseable adapter : running) {
            try {
                adapter.close();
            } catch (Exception e) {
                // closing on the way out; the adapter logs its own trouble
            }
        }
    }
}
