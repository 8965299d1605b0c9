package dev.ide.core.pipeline;

import dev.ide.core.message.Platform;
import java.util.Map;
import java.util.Set;

/**
 * Who may use the bot, per platform. An empty list denies everyone (default-deny). The console is the local owner
 * and is always allowed.
 */
public record Allowlist(Map<Platform, Set<String>> users) {

    public Allowlist {
        users = Map.copyOf(users);
    }

    public boolean allows(Platform platform, String userId) {
        return platform == Platform.CONSOLE || users.getOrDefault(platform, Set.of()).contains(userId);
    }

    public boolean isEmpty(Platform platform) {
        return users.getOrDefault(platform, Set.of()).isEmpty();
    }
}
