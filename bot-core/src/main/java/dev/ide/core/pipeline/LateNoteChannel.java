package dev.ide.core.pipeline;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import dev.ide.core.text.Msg;
import java.util.List;

/** Puts a note that the answer is late in front of the first message of a job resumed after a restart. */
final class LateNoteChannel implements ReplyChannel {

    private final ReplyChannel inner;
    private boolean noted;

    LateNoteChannel(ReplyChannel inner) {
        this.inner = inner;
    }

    private String note(String text) {
        if (noted) {
            return text;
        }
        noted = true;
        return Msg.LATE_ANSWER.text() + "\n" + text;
    }

    @Override
    public SentMessage send(String text) {
        return inner.send(note(text));
    }

    @Override
    public SentMessage send(String text, List<Button> buttons) {
        return inner.send(note(text), buttons);
    }

    @Override
    public boolean edit(SentMessage message, String text) {
        return inner.edit(message, noted ? Msg.LATE_ANSWER.text() + "\n" + text : text);
    }

    @Override
    public void typing() {
        inner.typing();
    }

    @Override
    public PlatformLimits limits() {
        return inner.limits();
    }

    @Override
    public boolean streamingEditsAllowed() {
        return inner.streamingEditsAllowed();
    }
}
