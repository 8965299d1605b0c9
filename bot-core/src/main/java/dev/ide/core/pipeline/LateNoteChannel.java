package dev.ide.core.pipeline;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import dev.ide.core.text.Msg;
import java.util.List;

/**
 * Puts a note that the answer is late in front of the first message of a job resumed after a restart — once: later
 * edits of that first message keep the note, while continuation messages, button messages and edits of any other
 * message go out as they are. The limits it reports leave room for the note, so core's splitting still fits.
 *
 * <p>One resumed job uses it, from one thread at a time; the lock only makes the hand-over between threads safe.
 */
final class LateNoteChannel implements ReplyChannel {

    private static final String NOTE = Msg.LATE_ANSWER.text() + "\n";

    private final ReplyChannel inner;
    /** The message that carries the note, once one was delivered. */
    private SentMessage noted;
    private boolean noteSent;

    LateNoteChannel(ReplyChannel inner) {
        this.inner = inner;
    }

    @Override
    public SentMessage send(String text) {
        return send(text, List.of());
    }

    @Override
    public synchronized SentMessage send(String text, List<Button> buttons) {
        if (noteSent) {
            return buttons.isEmpty() ? inner.send(text) : inner.send(text, buttons);
        }
        SentMessage sent = buttons.isEmpty() ? inner.send(NOTE + text) : inner.send(NOTE + text, buttons);
        if (sent != null && !sent.id().isEmpty()) { // a message the platform refused showed no note: try again
            noteSent = true;
            noted = sent;
        }
        return sent;
    }

    @Override
    public synchronized boolean edit(SentMessage message, String text) {
        boolean first = noted != null && noted.equals(message);
        return inner.edit(message, first ? NOTE + text : text);
    }

    @Override
    public void typing() {
        inner.typing();
    }

    @Override
    public PlatformLimits limits() {
        PlatformLimits limits = inner.limits();
        if (limits.maxMessageLength() == Integer.MAX_VALUE) {
            return limits;
        }
        return new PlatformLimits(Math.max(1, limits.maxMessageLength() - NOTE.length()), limits.minEditInterval(),
                limits.canEdit());
    }

    @Override
    public boolean streamingEditsAllowed() {
        return inner.streamingEditsAllowed();
    }

    @Override
    public String commandForm(String name) {
        return inner.commandForm(name);
    }
}
