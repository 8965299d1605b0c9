package dev.ide.core.testing;

import dev.ide.core.drafts.Drafts;
import dev.ide.core.drafts.EventDraft;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.text.Msg;
import dev.ide.core.tool.Tool;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolContext;
import dev.ide.core.tool.ToolFailure;
import dev.ide.core.tool.ToolResult;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small calendar for tests of core and adapters: keeps events in memory by UID (so a replayed confirmation makes
 * one event) and follows core's draft flow. The real calendars live in the tools module.
 */
public final class RecordingCalendarTool implements Tool {

    private final Map<String, EventDraft> events = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public Set<String> operations() {
        return Set.of("today", "search", "create_draft", "create_confirmed");
    }

    @Override
    public ToolResult run(ToolCall call, ToolContext context) {
        return switch (call.operation()) {
            case "today", "search" -> ToolResult.of(events.isEmpty() ? "오늘은 일정이 없어요."
                    : "일정: " + String.join(", ", events.values().stream().map(EventDraft::title).sorted().toList()));
            case "create_draft" -> draft(call, context);
            default -> confirm(context);
        };
    }

    private ToolResult draft(ToolCall call, ToolContext context) {
        String title = call.text("title");
        if (title == null) {
            throw ToolFailure.badInput("어떤 일정인지 제목을 알려 주세요.");
        }
        LocalDate date;
        LocalTime time;
        try {
            date = LocalDate.parse(call.text("date"));
            time = call.text("time") == null ? null : LocalTime.parse(call.text("time"));
        } catch (RuntimeException e) {
            throw ToolFailure.badInput("날짜는 YYYY-MM-DD, 시간은 HH:MM 으로 알려 주세요.");
        }
        EventDraft event = new EventDraft(title, date, time, time == null ? null : time.plusHours(1), "");
        PendingDraft pending = context.drafts().create(context.conversation(), context.userId(), event);
        return new ToolResult("일정 초안: " + title + " " + date + (time == null ? "" : " " + time) + "\n"
                + Msg.DRAFT_HOW_TO_CONFIRM.text(), Drafts.buttonsFor(pending), "일정 초안: " + title);
    }

    private ToolResult confirm(ToolContext context) {
        Drafts.Lookup lookup = context.drafts().lookup(context.conversation(), context.userId());
        return switch (lookup.result()) {
            case NONE -> ToolResult.of(Msg.DRAFT_NONE.text());
            case EXPIRED -> ToolResult.of(Msg.DRAFT_EXPIRED.text());
            case OTHER_USER -> ToolResult.of(Msg.DRAFT_OTHER_USER.text());
            case READY -> {
                PendingDraft draft = lookup.draft();
                events.putIfAbsent(draft.eventUid(), draft.event());
                context.drafts().finish(draft);
                yield ToolResult.of("일정을 만들었어요: " + draft.event().title());
            }
        };
    }

    /** The events created so far. */
    public List<EventDraft> events() {
        return List.copyOf(events.values());
    }
}
