package dev.ide.core.jobs;

import dev.ide.core.model.CancelSignal;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** Set by /cancel; a job checks it between steps and while streaming, and a model call in flight is aborted. */
public final class CancelToken implements CancelSignal {

    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
        listeners.forEach(Runnable::run);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public Registration whenCancelled(Runnable action) {
        AtomicBoolean ran = new AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true)) {
                action.run();
            }
        };
        listeners.add(once);
        if (cancelled) {
            once.run(); // cancelled while registering: cancel() may not have seen this listener
        }
        return () -> listeners.remove(once);
    }
}
