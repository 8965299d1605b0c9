package dev.ide.tools.mail;

import java.time.Instant;

/** One line of a search result. {@code date} may be null when the mail has none. */
record MailSummary(long uid, String from, String subject, Instant date) {
}
