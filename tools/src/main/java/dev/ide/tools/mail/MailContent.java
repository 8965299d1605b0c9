package dev.ide.tools.mail;

import java.time.Instant;
import java.util.List;

/** One mail as {@code read} shows it: decoded headers, the readable body and the attachments' names. */
record MailContent(long uid, String from, List<String> to, List<String> cc, String subject, Instant date, String body,
                   List<String> attachments) {

    MailContent {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }
}
