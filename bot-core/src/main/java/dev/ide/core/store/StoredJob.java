package dev.ide.core.store;

import dev.ide.core.message.IncomingMessage;

/** A persisted job: the message as accepted, and where it got to. */
public record StoredJob(long id, IncomingMessage message, JobState state) {
}
