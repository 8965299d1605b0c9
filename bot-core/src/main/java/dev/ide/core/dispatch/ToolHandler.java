package dev.ide.core.dispatch;

import dev.ide.core.classify.Action;
import dev.ide.core.drafts.Drafts;
import dev.ide.core.reply.Replies;
import dev.ide.core.text.Msg;
import dev.ide.core.tool.Tool;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolContext;
import dev.ide.core.tool.ToolFailure;
import dev.ide.core.tool.ToolRegistry;
import dev.ide.core.tool.ToolResult;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * tools: validates tool and operation, keeps private tools to private chats, runs the tool and replies with its
 * result. Sending mail and anything unknown get a polite refusal (LangChain4j's "hallucinated tool" path).
 */
public final class ToolHandler implements ActionHandler<Action.UseTool> {

    private static final Logger log = LoggerFactory.getLogger(ToolHandler.class);
    /** Operations a model may invent for mail; all are refused, there is no way to send mail. */
    private static final Set<String> MAIL_SENDING = Set.of("send", "send_mail", "send_email", "sendmail", "reply",
            "forward", "compose", "write", "draft", "create", "create_draft");
    /** Tool results are summarised in history at this length: enough context, no mailbox dump. */
    static final int HISTORY_SUMMARY_CHARS = 600;

    private final ToolRegistry tools;
    private final Drafts drafts;
    private final Clock clock;
    private final ZoneId zone;

    public ToolHandler(ToolRegistry tools, Drafts drafts, Clock clock, ZoneId zone) {
        this.tools = tools;
        this.drafts = drafts;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Answered handle(Action.UseTool action, DispatchContext context) {
        ToolResult result = run(action.call(), context);
        Replies.send(context.channel(), result.text(), result.buttons());
        return Answered.ok(summary(result.historySummary()));
    }

    /** Runs a call and returns what to show; never throws. */
    public ToolResult run(ToolCall call, DispatchContext context) {
        if (call.tool().equals("email") && MAIL_SENDING.contains(call.operation())) {
            return ToolResult.of(Msg.MAIL_SEND_REFUSED.text());
        }
        Optional<Tool> found = tools.find(call.tool());
        if (found.isEmpty()) {
            log.info("refused unknown tool '{}'", safe(call.tool()));
            return ToolResult.of(Msg.UNKNOWN_TOOL.text());
        }
        Tool tool = found.get();
        if (!tool.operations().contains(call.operation())) {
            log.info("refused unknown operation '{}.{}'", tool.name(), safe(call.operation()));
            return ToolResult.of(Msg.UNKNOWN_OPERATION.format(displayName(tool.name())));
        }
        if (!context.message().isPrivate()) {
            return ToolResult.of(Msg.GROUP_PRIVATE_TOOL.text());
        }
        ToolContext toolContext = new ToolContext(context.message().conversation(), context.message().userId(),
                context.message().isPrivate(), drafts, clock, zone);
        try {
            return tool.run(call, toolContext);
        } catch (ToolFailure failure) {
            log.info("tool {}.{} answered {}: {}", tool.name(), call.operation(), failure.kind(),
                    failure.getCause() == null ? "-" : failure.getCause().getClass().getSimpleName());
            return ToolResult.of(failure.userMessage());
        } catch (RuntimeException e) {
            log.error("tool {}.{} failed", tool.name(), call.operation(), e);
            return ToolResult.of(Msg.TOOL_FAILED.format(displayName(tool.name())));
        }
    }

    static String displayName(String tool) {
        return switch (tool) {
            case "calendar" -> Msg.TOOL_NAME_CALENDAR.text();
            case "email" -> Msg.TOOL_NAME_EMAIL.text();
            case "document" -> Msg.TOOL_NAME_DOCUMENT.text();
            default -> tool;
        };
    }

    private static String summary(String text) {
        return text.length() <= HISTORY_SUMMARY_CHARS ? text : text.substring(0, HISTORY_SUMMARY_CHARS) + "…";
    }

    /** Model-chosen names go to logs cut short and without line breaks. */
    private static String safe(String name) {
        String oneLine = name.replaceAll("[\\r\\n\\t]", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
