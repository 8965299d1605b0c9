package dev.ide.app.console;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Replies on a terminal (or into a pipe). A terminal cannot change printed text, so a streamed answer is shown by
 * printing only what each edit adds; an edit that is not an extension prints the new text whole. Each reply ends
 * with a line break.
 */
public final class ConsoleChannel implements ReplyChannel {

    private static final PlatformLimits LIMITS = new PlatformLimits(Integer.MAX_VALUE, Duration.ofMillis(50), true);

    private final PrintStream out;
    private String lastId;
    private String lastText = "";
    private int next;
    private boolean lineOpen;

    public ConsoleChannel(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized SentMessage send(String text) {
        endLine();
        out.print(text);
        out.flush();
        lineOpen = true;
        lastId = String.valueOf(++next);
        lastText = text;
        return new SentMessage(lastId);
    }

    @Override
    public synchronized SentMessage send(String text, List<Button> buttons) {
        return send(text);
    }

    @Override
    public synchronized boolean edit(SentMessage message, String text) {
        if (message.id().equals(lastId) && text.startsWith(lastText)) {
            out.print(text.substring(lastText.length()));
        } else {
            endLine();
            out.print(text);
            lineOpen = true;
        }
        out.flush();
        if (message.id().equals(lastId)) {
            lastText = text;
        }
        return true;
    }

    @Override
    public void typing() {
        // a terminal shows nothing while the bot thinks
    }

    @Override
    public PlatformLimits limits() {
        return LIMITS;
    }

    /** Ends the current reply's line; call when a job is done. */
    public synchronized void endLine() {
        if (lineOpen) {
            out.println();
            out.flush();
            lineOpen = false;
        }
    }
}
