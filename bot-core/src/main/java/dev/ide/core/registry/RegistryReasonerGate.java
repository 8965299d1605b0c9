package dev.ide.core.registry;

import dev.ide.core.model.Role;
import dev.ide.core.pipeline.ReasonerGate;
import dev.ide.core.text.Msg;
import java.util.Optional;

/**
 * Warns before a routed question waits: when the reasoner is down, or 바쁨 / 매우 바쁨 by the registry's rules
 * (cached reading, no forced probe). Before the first health round nothing is known, and nothing is said.
 */
public final class RegistryReasonerGate implements ReasonerGate {

    private final BackendRegistry registry;
    private final String reasonerName;

    public RegistryReasonerGate(BackendRegistry registry, String reasonerName) {
        this.registry = registry;
        this.reasonerName = reasonerName;
    }

    @Override
    public Optional<String> noticeBefore(int queuePosition) {
        if (registry.lastCheckedAt(Role.REASONER).isEmpty()) {
            return Optional.empty();
        }
        if (!registry.isHealthy(Role.REASONER)) {
            return Optional.of(Msg.REASONER_DOWN_WAITING.format(reasonerName, queuePosition));
        }
        LoadWord load = registry.loadStatus(Role.REASONER, false).load();
        if (load.isBusy()) {
            Msg notice = load == LoadWord.VERY_BUSY ? Msg.REASONER_VERY_BUSY : Msg.REASONER_BUSY;
            return Optional.of(notice.format(reasonerName, queuePosition));
        }
        return Optional.empty();
    }
}
