package dev.ide.core.pipeline;

import dev.ide.core.classify.Action;
import dev.ide.core.classify.Classification;
import dev.ide.core.classify.Classifier;
import dev.ide.core.classify.ClassifierContext;
import dev.ide.core.degraded.RuleRouter;
import dev.ide.core.dispatch.ActionDispatcher;
import dev.ide.core.dispatch.Answered;
import dev.ide.core.dispatch.DispatchContext;
import dev.ide.core.dispatch.ToolHandler;
import dev.ide.core.drafts.Drafts;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.jobs.CancelToken;
import dev.ide.core.jobs.JobQueue;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.ReplyChannel;
import dev.ide.core.message.SentMessage;
import dev.ide.core.model.ModelException;
import dev.ide.core.reply.Replies;
import dev.ide.core.store.HistoryStore;
import dev.ide.core.store.JobStore;
import dev.ide.core.store.StoredJob;
import dev.ide.core.store.Turn;
import dev.ide.core.text.Msg;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of the engine (product §1): authorize, deduplicate, persist, then — on the job queue —
 * commands, the draft fast path, classification, dispatch and remembering. Adapters call {@link #accept} and
 * acknowledge their platform once it returns.
 */
public final class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final Allowlist allowlist;
    private final JobStore jobs;
    private final HistoryStore history;
    private final Drafts drafts;
    private final JobQueue queue;
    private final Classifier classifier;
    private final ActionDispatcher dispatcher;
    private final ToolHandler tools;
    private final StatusReporter status;
    private final Clock clock;
    private final PipelineSettings settings;
    private final RuleRouter rules = new RuleRouter();
    private final Map<String, Instant> lastRefusal = new ConcurrentHashMap<>();

    public Pipeline(Allowlist allowlist, JobStore jobs, HistoryStore history, Drafts drafts, JobQueue queue,
                    Classifier classifier, ActionDispatcher dispatcher, ToolHandler tools, StatusReporter status,
                    Clock clock, PipelineSettings settings) {
        this.allowlist = allowlist;
        this.jobs = jobs;
        this.history = history;
        this.drafts = drafts;
        this.queue = queue;
        this.classifier = classifier;
        this.dispatcher = dispatcher;
        this.tools = tools;
        this.status = status;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Takes a message from an adapter. Returns once the message is persisted (or refused, or recognised as a
     * duplicate); the answer follows on the job queue.
     */
    public Acceptance accept(IncomingMessage message, ReplyChannel channel) {
        if (!allowlist.allows(message.platform(), message.userId())) {
            refuse(message, channel);
            return Acceptance.of(Acceptance.Status.REFUSED);
        }
        OptionalLong jobId = jobs.accept(message);
        if (jobId.isEmpty()) {
            log.debug("dropped duplicate {} message {}", message.platform().id(), message.messageId());
            return Acceptance.of(Acceptance.Status.DUPLICATE);
        }
        return new Acceptance(Acceptance.Status.ACCEPTED, schedule(jobId.getAsLong(), message, channel, false));
    }

    /**
     * Answers the jobs a crash interrupted (accepted or running when the process died), each with a note that the
     * answer is late. {@code channels} gives a reply channel for a stored message, or empty when its platform is
     * not running now (the job then stays for a later start).
     */
    public int recover(Function<IncomingMessage, Optional<ReplyChannel>> channels) {
        return resume(channels).size();
    }

    /** As {@link #recover}, with each resumed job's completion (done once its answer has been sent). */
    public List<CompletableFuture<Void>> resume(Function<IncomingMessage, Optional<ReplyChannel>> channels) {
        List<CompletableFuture<Void>> resumed = new ArrayList<>();
        for (StoredJob job : jobs.unfinished()) {
            Optional<ReplyChannel> channel = channels.apply(job.message());
            if (channel.isEmpty()) {
                continue;
            }
            log.info("resuming job {} of {} interrupted by a restart", job.id(), job.message().conversation());
            resumed.add(schedule(job.id(), job.message(), new LateNoteChannel(channel.get()), true));
        }
        return resumed;
    }

    private CompletableFuture<Void> schedule(long jobId, IncomingMessage message, ReplyChannel channel,
                                             boolean resumed) {
        Optional<Command> command = message.isButtonPress() ? Optional.empty() : Command.parse(message.text());
        CompletableFuture<JobQueue.Outcome> result;
        if (command.isPresent()) {
            result = queue.submitNow(token -> run(jobId, channel, () -> command(command.get(), message, channel)));
        } else {
            result = queue.submit(message.conversation(),
                    token -> run(jobId, channel, () -> process(message, channel, token)));
            if (result == null) {
                Replies.send(channel, Msg.TOO_MANY_WAITING.text());
                jobs.markFailed(jobId);
                return CompletableFuture.completedFuture(null);
            }
        }
        return result.thenApply(outcome -> null);
    }

    private JobQueue.Outcome run(long jobId, ReplyChannel channel, java.util.function.Supplier<Boolean> work) {
        boolean ok;
        try {
            ok = work.get();
        } catch (RuntimeException e) {
            // e.g. the database failed or passed its time limit: tell the user instead of leaving them waiting
            log.error("job {} failed", jobId, e);
            Replies.send(channel, Msg.INTERNAL_ERROR.text());
            ok = false;
        }
        if (ok) {
            jobs.markDone(jobId);
            return JobQueue.Outcome.DONE;
        }
        jobs.markFailed(jobId);
        return JobQueue.Outcome.FAILED;
    }

    private void refuse(IncomingMessage message, ReplyChannel channel) {
        String who = message.platform().id() + ":" + message.userId();
        Instant now = clock.instant();
        Instant last = lastRefusal.get(who);
        log.info("refused {} user {} ({}); add the id to the allowlist to let them in", message.platform().id(),
                message.userId(), message.displayName());
        if (last == null || now.isAfter(last.plus(settings.refusalInterval()))) {
            lastRefusal.put(who, now);
            Replies.send(channel, Msg.NOT_ALLOWED.text());
        }
    }

    // --- commands (no model call)

    private boolean command(Command command, IncomingMessage message, ReplyChannel channel) {
        String reply = switch (command) {
            case START -> Msg.START.format(channel.commandForm("help"));
            case HELP -> Msg.help(channel::commandForm);
            case STATUS -> status.statusText();
            case RESET -> {
                history.clear(message.conversation());
                drafts.discard(message.conversation());
                yield Msg.RESET_DONE.text();
            }
            case CANCEL -> {
                int cancelled = queue.cancel(message.conversation());
                boolean hadDraft = drafts.discard(message.conversation());
                yield cancelled > 0 ? Msg.CANCEL_DONE.text()
                        : hadDraft ? Msg.CANCEL_DRAFT_DONE.text() : Msg.CANCEL_NOTHING.text();
            }
            case UNKNOWN -> Msg.UNKNOWN_COMMAND.format(channel.commandForm("help"));
        };
        Replies.send(channel, reply);
        return true;
    }

    // --- one message, in its conversation's lane

    private boolean process(IncomingMessage message, ReplyChannel channel, CancelToken token) {
        if (token.isCancelled()) {
            return true;
        }
        if (message.isButtonPress()) {
            return button(message, channel);
        }
        InputText input = InputText.clean(message.text(), settings.maxMessageChars());
        if (input.isBlank()) {
            Replies.send(channel, Msg.EMPTY_MESSAGE.text());
            return true;
        }
        if (input.cut()) {
            Replies.send(channel, Msg.TOO_LONG.format(settings.maxMessageChars()));
        }
        channel.typing();
        DispatchContext context = new DispatchContext(message, input.text(), channel, token);
        Answered answered = draftFastPath(context).orElseGet(() -> classifyAndDispatch(context));
        remember(message, input.text(), answered);
        return answered.ok();
    }

    private Optional<Answered> draftFastPath(DispatchContext context) {
        Optional<Boolean> word = ConfirmationWords.read(context.text());
        if (word.isEmpty() || drafts.pending(context.message().conversation()).isEmpty()) {
            return Optional.empty();
        }
        if (word.get()) {
            return Optional.of(runTool(ToolCall.of("calendar", "create_confirmed"), context));
        }
        drafts.discard(context.message().conversation());
        Replies.send(context.channel(), Msg.DRAFT_DISCARDED.text());
        return Optional.of(Answered.ok(Msg.DRAFT_DISCARDED.text()));
    }

    private Answered classifyAndDispatch(DispatchContext context) {
        IncomingMessage message = context.message();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.zone()));
        Optional<PendingDraft> pending = drafts.pending(message.conversation());
        String prompt = ClassifierContext.build(now,
                history.recent(message.conversation(), settings.historyTurns()), pending, context.text());
        Classification result = classifier.classify(prompt);
        if (result.action().isPresent()) {
            return dispatcher.dispatch(result.action().get(), context);
        }
        return degraded(context, result.failure(), now.toLocalDate());
    }

    /** The classifier failed or said nothing usable: plain requests by rule, otherwise an honest sentence. */
    private Answered degraded(DispatchContext context, Optional<ModelException> failure, LocalDate today) {
        Optional<ToolCall> call = rules.route(context.text(), today);
        if (call.isPresent()) {
            Answered answered = runTool(call.get(), context);
            if (failure.isPresent()) {
                Replies.send(context.channel(), Msg.DEGRADED_NOTICE.format(settings.classifierName()));
            }
            return answered;
        }
        String text = failure.isPresent() ? Msg.CLASSIFIER_UNAVAILABLE.format(settings.classifierName())
                : Msg.CLASSIFIER_UNREADABLE.text();
        Replies.send(context.channel(), text);
        return Answered.failed(text);
    }

    private Answered runTool(ToolCall call, DispatchContext context) {
        return tools.handle(new Action.UseTool(call), context);
    }

    // --- buttons

    private boolean button(IncomingMessage message, ReplyChannel channel) {
        String data = message.callbackData();
        boolean confirm = data.startsWith(Drafts.CONFIRM_PREFIX);
        boolean cancel = data.startsWith(Drafts.CANCEL_PREFIX);
        String draftId = confirm ? data.substring(Drafts.CONFIRM_PREFIX.length())
                : cancel ? data.substring(Drafts.CANCEL_PREFIX.length()) : "";
        Optional<PendingDraft> pending = drafts.pending(message.conversation());
        boolean current = pending.isPresent() && pending.get().id().equals(draftId)
                && pending.get().userId().equals(message.userId());
        if (!current) {
            Replies.send(channel, Msg.DRAFT_STALE_BUTTON.text());
            return true;
        }
        DispatchContext context = new DispatchContext(message, "", channel, new CancelToken());
        String outcome;
        if (confirm) {
            ToolResult result = tools.run(ToolCall.of("calendar", "create_confirmed"), context);
            outcome = result.text();
        } else {
            drafts.discard(message.conversation());
            outcome = Msg.DRAFT_DISCARDED.text();
        }
        boolean edited = message.buttonMessageId() != null
                && channel.edit(new SentMessage(message.buttonMessageId()), outcome);
        if (!edited) {
            Replies.send(channel, outcome);
        }
        remember(message.conversation(), Turn.assistant(outcome, clock.instant()));
        return true;
    }

    private void remember(IncomingMessage message, String text, Answered answered) {
        Instant now = clock.instant();
        remember(message.conversation(), Turn.user(text, now), Turn.assistant(answered.historyText(), now));
    }

    /** Stores turns after the user has the answer: a failure then loses only the conversation's memory of them. */
    private void remember(ConversationKey conversation, Turn... turns) {
        try {
            history.append(conversation, turns);
        } catch (RuntimeException e) {
            log.warn("could not store the turns of {}: {}", conversation, e.toString());
        }
    }

    /** Whether this platform has anyone on its allowlist (for the startup warning). */
    public boolean allowlistEmpty(Platform platform) {
        return allowlist.isEmpty(platform);
    }
}
