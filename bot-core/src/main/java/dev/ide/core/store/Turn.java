package dev.ide.core.store;

import java.time.Instant;

/** One line of a conversation's history. */
public record Turn(Role role, String text, Instant at) {

    public enum Role {
        USER,
        ASSISTANT
    }

    public static Turn user(String text, Instant at) {
        return new Turn(Role.USER, text, at);
    }

    public static Turn assistant(String text, Instant at) {
        return new Turn(Role.ASSISTANT, text, at);
    }
}
