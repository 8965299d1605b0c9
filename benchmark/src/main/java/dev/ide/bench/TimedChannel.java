package dev.ide.bench;

import dev.ide.core.message.Button;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reply port of one benchmark message: records when the pipeline first and last handed it text (the moment a
 * reply leaves the pipeline), the texts and the buttons. Costs nothing worth measuring.
 */
final class TimedChannel implements ReplyChannel {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final PlatformLimits limits;
    private volatile long firstAt;
    private volatile long lastAt;
    private final List<String> texts = new ArrayList<>();
    private final List<Button> buttons = new ArrayList<>();

    TimedChannel(PlatformLimits limits) {
        this.limits = limits;
    }

    @Override
    public synchronized SentMessage send(String text) {
        mark();
        texts.add(text);
        return new SentMessage(Integer.toString(IDS.incrementAndGet()));
    }

    @Override
    public synchronized SentMessage send(String text, List<Button> buttons) {
        this.buttons.addAll(buttons);
        return send(text);
    }

    @Override
    public synchronized boolean edit(SentMessage message, String text) {
        mark();
        texts.add(text);
        return true;
    }

    @Override
    public void typing() {
    }

    @Override
    public PlatformLimits limits() {
        return limits;
    }

    private void mark() {
        long now = System.nanoTime();
        if (firstAt == 0) {
            firstAt = now;
        }
        lastAt = now;
    }

    long firstAt() {
        return firstAt;
    }

    long lastAt() {
        return lastAt;
    }

    synchronized String lastText() {
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    synchronized List<Button> buttons() {
        return List.copyOf(buttons);
    }
}
