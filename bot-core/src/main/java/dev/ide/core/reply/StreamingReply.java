package dev.ide.core.reply;

import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a streamed answer as it grows: the first text is sent as a message, later text edits it no more often than
 * the platform allows and never with unchanged text; text past the platform's length limit continues in new
 * messages; {@link #finish} makes the messages hold exactly the whole answer. A platform that cannot edit gets the
 * whole answer once at the end. Not thread-safe: one stream, one thread.
 */
public final class StreamingReply {

    private final ReplyChannel channel;
    private final Clock clock;
    private final int limit;
    private final Duration minInterval;
    private final boolean editable;
    private final StringBuilder text = new StringBuilder();
    private final List<SentMessage> messages = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private Instant lastEdit = Instant.MIN;

    public StreamingReply(ReplyChannel channel, Clock clock) {
        this.channel = channel;
        this.clock = clock;
        this.limit = channel.limits().maxMessageLength();
        this.minInterval = channel.limits().minEditInterval();
        this.editable = channel.limits().canEdit();
    }

    /** Adds a piece of the answer and shows it when the throttle allows. */
    public void append(String delta) {
        text.append(delta);
        if (!editable || text.toString().isBlank()) {
            return;
        }
        Instant now = clock.instant();
        if (messages.isEmpty()) {
            show(TextSplitter.split(text.toString(), limit), false);
            lastEdit = now;
            return;
        }
        if (Duration.between(lastEdit, now).compareTo(minInterval) >= 0 && channel.streamingEditsAllowed()) {
            show(TextSplitter.split(text.toString(), limit), false);
            lastEdit = now;
        }
    }

    /** Whether anything of the answer is visible yet. */
    public boolean started() {
        return !messages.isEmpty();
    }

    /**
     * Whether any of the answer has arrived, shown or not (a platform that cannot edit shows nothing until
     * {@link #finish}): once true, a failure is a cut answer, not an unreachable model, and must not be retried.
     */
    public boolean received() {
        return !text.toString().isBlank();
    }

    /** Everything received so far. */
    public String text() {
        return text.toString();
    }

    /**
     * Shows the whole answer, with an optional note after it (e.g. that the stream was cut). The note is appended to
     * the text exactly as streamed (trailing spaces kept), so the final text extends what was shown: a platform that
     * can only append (the console) adds the note instead of printing the answer a second time.
     */
    public void finish(String note) {
        String body = text.toString();
        String whole = note == null || note.isEmpty() ? body
                : (body.isBlank() ? note : body + paragraphBreakAfter(body) + note);
        if (whole.isBlank()) {
            return;
        }
        show(TextSplitter.split(whole, limit), true);
    }

    private static String paragraphBreakAfter(String body) {
        return body.endsWith("\n\n") ? "" : body.endsWith("\n") ? "\n" : "\n\n";
    }

    private void show(List<String> parts, boolean last) {
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i < messages.size()) {
                if (!part.equals(shown.get(i))) {
                    // An edit that the platform declines is fine while streaming; the final edit must land, so a
                    // declined final edit is sent as a new message instead.
                    if (channel.edit(messages.get(i), part)) {
                        shown.set(i, part);
                    } else if (last) {
                        messages.set(i, channel.send(part));
                        shown.set(i, part);
                    }
                }
            } else if (last || i == parts.size() - 1 || i >= messages.size()) {
                messages.add(channel.send(part));
                shown.add(part);
            }
        }
    }
}
