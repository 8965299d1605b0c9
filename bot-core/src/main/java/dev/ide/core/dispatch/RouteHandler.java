package dev.ide.core.dispatch;

import dev.ide.core.classify.Action;
import dev.ide.core.jobs.JobQueue;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.model.ChatMessage;
import dev.ide.core.model.ModelClient;
import dev.ide.core.model.ModelException;
import dev.ide.core.pipeline.ReasonerGate;
import dev.ide.core.reply.Replies;
import dev.ide.core.reply.StreamingReply;
import dev.ide.core.store.HistoryStore;
import dev.ide.core.store.Turn;
import dev.ide.core.text.Msg;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * route: the reasoner answers, streamed. Before the job waits the user hears when the reasoner is busy or down; a
 * reasoner that is down is waited for within its timeout; a stream cut midway keeps what arrived, with a note.
 */
public final class RouteHandler implements ActionHandler<Action.Route> {

    private static final Logger log = LoggerFactory.getLogger(RouteHandler.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration MAX_RETRY = Duration.ofSeconds(15);

    private final ModelClient reasoner;
    private final String systemPrompt;
    private final HistoryStore history;
    private final int historyTurns;
    private final JobQueue queue;
    private final ReasonerGate gate;
    private final Clock clock;

    public RouteHandler(ModelClient reasoner, String systemPrompt, HistoryStore history, int historyTurns,
                        JobQueue queue, ReasonerGate gate, Clock clock) {
        this.reasoner = reasoner;
        this.systemPrompt = systemPrompt;
        this.history = history;
        this.historyTurns = historyTurns;
        this.queue = queue;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public Answered handle(Action.Route action, DispatchContext context) {
        String prompt = action.prompt().isBlank() ? context.text() : action.prompt();
        List<ChatMessage> messages = messages(context.message().conversation(), prompt);
        gate.noticeBefore(queue.reasonerPosition() + 1).ifPresent(notice -> Replies.send(context.channel(), notice));
        StreamingReply reply = new StreamingReply(context.channel(), clock);
        String name = reasoner.backend().name();
        try {
            queue.withReasoner(context.token(), position -> { }, () -> {
                context.channel().typing();
                streamWaitingForUp(messages, reply, context);
                return null;
            });
        } catch (ModelException e) {
            return failed(e, reply, context, name);
        } catch (InterruptedException e) {
            reply.finish(Msg.REASONER_CANCELLED.text());
            return Answered.failed(Msg.REASONER_CANCELLED.text());
        } catch (Exception e) {
            log.error("reasoner job failed", e);
            reply.finish(Msg.INTERNAL_ERROR.text());
            return Answered.failed(Msg.INTERNAL_ERROR.text());
        }
        if (reply.text().isBlank()) {
            Replies.send(context.channel(), Msg.EMPTY_ANSWER.text());
            return Answered.failed(Msg.EMPTY_ANSWER.text());
        }
        reply.finish(null);
        return Answered.ok(reply.text());
    }

    private Answered failed(ModelException e, StreamingReply reply, DispatchContext context, String name) {
        String note = switch (e.kind()) {
            case CANCELLED -> Msg.REASONER_CANCELLED.text();
            case TIMEOUT -> reply.received() ? Msg.REASONER_CUT.text() : Msg.REASONER_TIMEOUT.format(name);
            case UNREADABLE -> reply.received() ? Msg.REASONER_CUT.text() : Msg.REASONER_UNAVAILABLE.format(name);
            default -> reply.received() ? Msg.REASONER_CUT.text() : Msg.REASONER_UNAVAILABLE.format(name);
        };
        log.warn("reasoner answer failed: {} ({})", e.getMessage(), e.kind());
        reply.finish(note);
        String partial = reply.text();
        return Answered.failed(partial.isBlank() ? note : partial + "\n" + note);
    }

    /** Streams the answer; while the reasoner is unreachable and nothing has arrived, retries until its timeout. */
    private void streamWaitingForUp(List<ChatMessage> messages, StreamingReply reply, DispatchContext context)
            throws ModelException, InterruptedException {
        Instant deadline = clock.instant().plus(reasoner.backend().timeout());
        Duration pause = FIRST_RETRY;
        while (true) {
            try {
                reasoner.stream(messages, reasoner.backend().temperature(), reasoner.backend().maxTokens(),
                        reply::append, context.token());
                return;
            } catch (ModelException e) {
                boolean down = e.kind() == ModelException.Kind.UNREACHABLE
                        || (e.kind() == ModelException.Kind.HTTP_STATUS && e.httpStatus() >= 502);
                Instant next = clock.instant().plus(pause);
                if (!down || reply.received() || context.token().isCancelled() || next.isAfter(deadline)) {
                    throw e;
                }
                log.info("reasoner unreachable; retrying in {} s", pause.toSeconds());
                sleep(pause, context);
                pause = pause.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause, DispatchContext context) throws InterruptedException {
        long until = System.nanoTime() + pause.toNanos();
        while (System.nanoTime() < until) {
            if (context.token().isCancelled()) {
                throw new InterruptedException("cancelled");
            }
            Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        }
    }

    private List<ChatMessage> messages(ConversationKey conversation, String prompt) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(systemPrompt));
        for (Turn turn : history.recent(conversation, historyTurns)) {
            messages.add(turn.role() == Turn.Role.USER ? ChatMessage.user(turn.text())
                    : ChatMessage.assistant(turn.text()));
        }
        messages.add(ChatMessage.user(prompt));
        return messages;
    }
}
