package dev.ide.core.dispatch;

import dev.ide.core.classify.Action;

/** Answers one kind of action. */
@FunctionalInterface
public interface ActionHandler<A extends Action> {

    Answered handle(A action, DispatchContext context);
}
