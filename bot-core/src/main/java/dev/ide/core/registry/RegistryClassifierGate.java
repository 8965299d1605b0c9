package dev.ide.core.registry;

import dev.ide.core.classify.ClassifierGate;
import dev.ide.core.model.Role;

/**
 * The classifier is known down when the registry's last health round marked it DOWN. Before the first round nothing
 * is known and the classifier is asked.
 */
public final class RegistryClassifierGate implements ClassifierGate {

    private final BackendRegistry registry;

    public RegistryClassifierGate(BackendRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean knownDown() {
        return registry.lastCheckedAt(Role.CLASSIFIER).isPresent() && !registry.isHealthy(Role.CLASSIFIER);
    }
}
