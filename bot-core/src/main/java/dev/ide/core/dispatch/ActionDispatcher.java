package dev.ide.core.dispatch;

import dev.ide.core.classify.Action;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends each action to its handler. Built with a handler for every kind of {@link Action}; a missing one fails at
 * construction, not when a user hits it.
 */
public final class ActionDispatcher {

    private final Map<Class<?>, ActionHandler<?>> handlers = new HashMap<>();

    public ActionDispatcher(ActionHandler<Action.Direct> direct, ActionHandler<Action.Clarify> clarify,
                            ActionHandler<Action.Route> route, ActionHandler<Action.UseTool> tools) {
        handlers.put(Action.Direct.class, direct);
        handlers.put(Action.Clarify.class, clarify);
        handlers.put(Action.Route.class, route);
        handlers.put(Action.UseTool.class, tools);
        for (Class<?> kind : Action.class.getPermittedSubclasses()) {
            if (!handlers.containsKey(kind)) {
                throw new IllegalStateException("no handler for " + kind.getSimpleName());
            }
        }
    }

    @SuppressWarnings("unchecked")
    public Answered dispatch(Action action, DispatchContext context) {
        ActionHandler<Action> handler = (ActionHandler<Action>) handlers.get(action.getClass());
        return handler.handle(action, context);
    }
}
