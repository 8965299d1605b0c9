package dev.ide.core.reply;

import dev.ide.core.message.Button;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import java.util.List;

/** Sends whole replies through a channel, split to the platform's limit; buttons go under the last part. */
public final class Replies {

    private Replies() {
    }

    public static SentMessage send(ReplyChannel channel, String text) {
        return send(channel, text, List.of());
    }

    public static SentMessage send(ReplyChannel channel, String text, List<Button> buttons) {
        List<String> parts = TextSplitter.split(text, channel.limits().maxMessageLength());
        SentMessage last = null;
        for (int i = 0; i < parts.size(); i++) {
            boolean isLast = i == parts.size() - 1;
            last = isLast && !buttons.isEmpty() ? channel.send(parts.get(i), buttons) : channel.send(parts.get(i));
        }
        return last;
    }
}
