package dev.ide.app.console;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replies on a terminal (or into a pipe), in whole lines. A terminal cannot change printed text, so a streamed
 * answer is shown by printing the lines each edit completes; the unfinished last line waits until it is complete, the
 * message is followed by another one, or {@link #endLine} says the answer is done. An edit that does not extend what
 * was printed prints the new text whole.
 *
 * <p>Several channels may share one {@link PrintStream} (the console gives each message its own channel, so that a
 * command answered during a streamed answer finishes its own lines): every write of lines holds the stream's lock, so
 * lines of different replies never mix.
 */
public final class ConsoleChannel implements ReplyChannel {

    private static final PlatformLimits LIMITS = new PlatformLimits(Integer.MAX_VALUE, Duration.ofMillis(50), true);

    private final PrintStream out;
    /** Messages of this channel whose last line is not printed yet, by id: the text as it stands. */
    private final Map<String, Shown> open = new LinkedHashMap<>();
    private int next;

    /** What one message has on the screen: its whole current text, and how much of it was printed. */
    private static final class Shown {
        String text = "";
        int printed;
    }

    public ConsoleChannel(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized SentMessage send(String text) {
        endLine(); // a new message follows: the earlier ones are complete
        String id = String.valueOf(++next);
        Shown shown = new Shown();
        open.put(id, shown);
        update(shown, text);
        return new SentMessage(id);
    }

    @Override
    public synchronized SentMessage send(String text, List<Button> buttons) {
        return send(text);
    }

    @Override
    public synchronized boolean edit(SentMessage message, String text) {
        Shown shown = open.get(message.id());
        if (shown == null) {
            // the message was already finished: whatever it says now is shown as a new reply
            shown = new Shown();
            open.put(message.id(), shown);
        }
        update(shown, text);
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

    /** Prints the unfinished last line of every message of this channel; call when its answer is done. */
    public synchronized void endLine() {
        if (open.isEmpty()) {
            return;
        }
        synchronized (out) {
            for (Shown shown : open.values()) {
                if (shown.printed < shown.text.length()) {
                    out.println(shown.text.substring(shown.printed));
                }
            }
            out.flush();
        }
        open.clear();
    }

    /** Takes a message's new text and prints the lines it completes. */
    private void update(Shown shown, String text) {
        String printed = shown.text.substring(0, shown.printed);
        if (!text.startsWith(printed)) {
            shown.printed = 0; // changed above the unfinished line: show the new text whole
        }
        shown.text = text;
        int end = text.lastIndexOf('\n') + 1;
        if (end > shown.printed) {
            synchronized (out) {
                out.print(text.substring(shown.printed, end));
                out.flush();
            }
            shown.printed = end;
        }
    }
}
