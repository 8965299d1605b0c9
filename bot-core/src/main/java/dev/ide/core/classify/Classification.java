package dev.ide.core.classify;

import dev.ide.core.model.ModelException;
import java.util.Optional;

/**
 * The outcome of asking the classifier: an action, or why there is none (the model failed, or its answer could not
 * be read). Either way the pipeline has something to do.
 */
public record Classification(Optional<Action> action, Optional<ModelException> failure) {

    public static Classification of(Action action) {
        return new Classification(Optional.of(action), Optional.empty());
    }

    public static Classification unreadable() {
        return new Classification(Optional.empty(), Optional.empty());
    }

    public static Classification failed(ModelException e) {
        return new Classification(Optional.empty(), Optional.of(e));
    }
}
