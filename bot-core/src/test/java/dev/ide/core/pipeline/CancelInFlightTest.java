package dev.ide.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.testing.Await;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.testing.TestEngine;
import dev.ide.core.text.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /cancel stops a routed answer even while the reasoner is still thinking, before its first token. */
class CancelInFlightTest {

    private final TestEngine engine = TestEngine.allowing(Platform.TELEGRAM, "42");
    private int ids;

    @AfterEach
    void close() {
        engine.close();
    }

    private CompletableFuture<Void> send(String text, RecordingChannel channel) {
        IncomingMessage m = IncomingMessage.text(Platform.TELEGRAM, "chat-1", "42", "Owner", text, "m" + ++ids,
                Instant.now(), ChatKind.PRIVATE);
        return engine.pipeline().accept(m, channel).done();
    }

    @Test
    void cancel_aborts_a_reasoner_call_that_has_not_answered_yet() throws Exception {
        engine.classifier().replying("{\"action\":\"route\",\"prompt\":\"긴 글을 써줘\"}");
        engine.reasoner().replying("늦은 답").completionDelay(Duration.ofSeconds(20));
        RecordingChannel answer = new RecordingChannel();
        CompletableFuture<Void> routed = send("긴 글 써줘", answer);
        Await.until("the reasoner is asked", () -> engine.reasoner().completionCount() == 1);

        long started = System.nanoTime();
        RecordingChannel cancel = new RecordingChannel();
        send("/cancel", cancel).get(5, TimeUnit.SECONDS);
        routed.get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not the reasoner's 20 s")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(cancel.last()).isEqualTo(Msg.CANCEL_DONE.text());
        assertThat(answer.last()).isEqualTo(Msg.REASONER_CANCELLED.text());
        assertThat(answer.texts()).noneMatch(t -> t.contains("늦은 답"));
    }
}
