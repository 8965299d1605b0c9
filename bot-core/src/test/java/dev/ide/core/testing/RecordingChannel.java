package dev.ide.core.testing;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A reply channel that remembers what a user would see: each message's current text, and every call. */
public final class RecordingChannel implements ReplyChannel {

    private final PlatformLimits limits;
    private final Map<String, String> messages = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final List<List<Button>> buttons = new ArrayList<>();
    private int next;

    public RecordingChannel(PlatformLimits limits) {
        this.limits = limits;
    }

    public RecordingChannel() {
        this(PlatformLimits.CONSOLE);
    }

    @Override
    public synchronized SentMessage send(String text) {
        String id = String.valueOf(++next);
        messages.put(id, text);
        calls.add("send:" + text);
        return new SentMessage(id);
    }

    @Override
    public synchronized SentMessage send(String text, List<Button> buttons) {
        this.buttons.add(List.copyOf(buttons));
        return send(text);
    }

    @Override
    public synchronized boolean edit(SentMessage message, String text) {
        calls.add("edit:" + text);
        messages.put(message.id(), text);
        return true;
    }

    @Override
    public void typing() {
    }

    @Override
    public PlatformLimits limits() {
        return limits;
    }

    /** The texts of all messages as they stand now, in the order they were sent. */
    public synchronized List<String> texts() {
        return List.copyOf(messages.values());
    }

    /** The last message's text. */
    public synchronized String last() {
        List<String> all = texts();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<List<Button>> buttons() {
        return List.copyOf(buttons);
    }
}
