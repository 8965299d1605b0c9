package dev.ide.tools.calendar;

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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code calendar} tool: {@code today}, {@code search(date_from, date_to)}, {@code create_draft(title, date, time,
 * end_time, description)} and {@code create_confirmed()}. Nothing is created without a confirmed draft; the event's
 * UID comes from the draft, so a replayed confirmation makes no second event.
 */
public final class CalendarTool implements Tool {

    public static final String NAME = "calendar";

    private static final int MAX_LINES = 60;
    private static final int MAX_OVERLAPS_SHOWN = 3;
    private static final int MAX_SUMMARY = 800;

    private final CalendarBackend backend;

    public CalendarTool(CalendarBackend backend) {
        this.backend = backend;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> operations() {
        return Set.of("today", "search", "create_draft", "create_confirmed");
    }

    @Override
    public ToolResult run(ToolCall call, ToolContext context) {
        return switch (call.operation()) {
            case "today" -> today(context);
            case "search" -> search(call, context);
            case "create_draft" -> createDraft(call, context);
            case "create_confirmed" -> createConfirmed(context);
            default -> throw ToolFailure.badInput(Msg.UNKNOWN_OPERATION.format(Msg.TOOL_NAME_CALENDAR.text()));
        };
    }

    private ToolResult today(ToolContext context) {
        LocalDate today = todayIn(context);
        CalendarText text = new CalendarText(today);
        List<CalendarEvent> events = sorted(backend.events(today, today, context.zone()));
        if (events.isEmpty()) {
            return ToolResult.of(Msg.CAL_TODAY_NONE.text());
        }
        return answer(Msg.CAL_TODAY_HEADER.format(text.date(today), events.size()) + "\n"
                + text.lines(events, today, MAX_LINES));
    }

    private ToolResult search(ToolCall call, ToolContext context) {
        LocalDate today = todayIn(context);
        CalendarParams.DateRange range = CalendarParams.range(call, today);
        CalendarText text = new CalendarText(today);
        List<CalendarEvent> events = sorted(backend.events(range.from(), range.to(), context.zone()));
        boolean oneDay = range.from().equals(range.to());
        String from = text.date(range.from());
        String to = text.date(range.to());
        if (events.isEmpty()) {
            return ToolResult.of(oneDay ? Msg.CAL_SEARCH_NONE_DAY.format(text.day(range.from()))
                    : Msg.CAL_SEARCH_NONE.format(from, to));
        }
        if (oneDay) {
            // One day reads like "today": the header names the day, the events follow without a second date line.
            return answer(Msg.CAL_SEARCH_HEADER_DAY.format(text.day(range.from()), events.size()) + "\n"
                    + text.lines(events, range.from(), MAX_LINES));
        }
        return answer(Msg.CAL_SEARCH_HEADER.format(from, to, events.size()) + "\n"
                + text.agenda(events, range.from(), range.to(), MAX_LINES));
    }

    private ToolResult createDraft(ToolCall call, ToolContext context) {
        EventDraft event = CalendarParams.draft(call);
        LocalDate today = todayIn(context);
        CalendarText text = new CalendarText(today);
        String when = text.when(event, context.zone());

        List<String> lines = new ArrayList<>();
        lines.add(Msg.CAL_DRAFT_HEADER.text());
        lines.add(Msg.CAL_DRAFT_TITLE.format(event.title()));
        lines.add(Msg.CAL_DRAFT_WHEN.format(when));
        if (!event.description().isBlank()) {
            lines.add(Msg.CAL_DRAFT_DESCRIPTION.format(event.description().strip()));
        }
        overlapWarning(event, context.zone(), text).ifPresent(lines::add);
        if (startsInPast(event, context)) {
            lines.add(Msg.CAL_DRAFT_PAST.text());
        }
        lines.add(Msg.DRAFT_HOW_TO_CONFIRM.text());

        PendingDraft draft = context.drafts().create(context.conversation(), context.userId(), event);
        return new ToolResult(String.join("\n", lines), Drafts.buttonsFor(draft),
                Msg.CAL_DRAFT_SUMMARY.format(event.title(), when));
    }

    /** A warning naming the events the new one would clash with; a calendar that cannot be read is said so. */
    private Optional<String> overlapWarning(EventDraft event, ZoneId zone, CalendarText text) {
        List<CalendarEvent> existing;
        try {
            existing = backend.events(event.date(), event.date(), zone);
        } catch (ToolFailure unavailable) {
            if (CalDavFailures.isNotACalendar(unavailable)) {
                // No draft could ever be created there: say so now, before the user confirms anything.
                throw unavailable;
            }
            // The draft is still worth making; the user only loses the warning.
            return Optional.of(Msg.CAL_DRAFT_OVERLAP_UNKNOWN.text());
        }
        ZonedDateTime start = event.allDay() ? event.date().atStartOfDay(zone) : event.date().atTime(event.start()).atZone(zone);
        ZonedDateTime end = event.allDay() ? event.date().plusDays(1).atStartOfDay(zone)
                : event.date().atTime(event.end()).atZone(zone);
        // A timed event beside an all-day one (a birthday, a holiday) is no clash worth a warning.
        List<CalendarEvent> clashes = sorted(existing).stream()
                .filter(e -> e.overlaps(start, end) && (event.allDay() || !e.allDay()))
                .toList();
        if (clashes.isEmpty()) {
            return Optional.empty();
        }
        String named = clashes.stream().limit(MAX_OVERLAPS_SHOWN)
                .map(e -> text.brief(e, event.date()))
                .collect(Collectors.joining(", "));
        if (clashes.size() > MAX_OVERLAPS_SHOWN) {
            named = named + " …";
        }
        return Optional.of(Msg.CAL_DRAFT_OVERLAP.format(named));
    }

    private static boolean startsInPast(EventDraft event, ToolContext context) {
        if (event.allDay()) {
            return event.date().isBefore(todayIn(context));
        }
        return event.date().atTime(event.start()).atZone(context.zone()).toInstant().isBefore(context.clock().instant());
    }

    private ToolResult createConfirmed(ToolContext context) {
        Drafts.Lookup lookup = context.drafts().lookup(context.conversation(), context.userId());
        switch (lookup.result()) {
            case NONE:
                return ToolResult.of(Msg.DRAFT_NONE.text());
            case EXPIRED:
                return ToolResult.of(Msg.DRAFT_EXPIRED.text());
            case OTHER_USER:
                return ToolResult.of(Msg.DRAFT_OTHER_USER.text());
            default:
                break;
        }
        PendingDraft draft = lookup.draft();
        try {
            backend.create(draft.eventUid(), draft.event(), context.zone());
        } catch (ToolFailure failure) {
            // The draft stays, so the same confirmation can simply be repeated once the server is back.
            throw new ToolFailure(failure.kind(), Msg.CAL_CREATE_RETRY.format(failure.userMessage()), failure);
        }
        // CREATED or ALREADY_EXISTS: either way the event is there exactly once.
        context.drafts().finish(draft);
        String when = new CalendarText(todayIn(context)).when(draft.event(), context.zone());
        return ToolResult.of(Msg.CAL_CREATED.format(draft.event().title(), when));
    }

    private static LocalDate todayIn(ToolContext context) {
        return LocalDate.ofInstant(context.clock().instant(), context.zone());
    }

    /**
     * Sorted, each occurrence once: copies of the same occurrence (same UID and instance) are dropped, while two
     * different events with the same title and time (a double booking) are both kept.
     */
    private static List<CalendarEvent> sorted(List<CalendarEvent> events) {
        Set<String> seen = new HashSet<>();
        return events.stream().sorted(CalendarText.ORDER).filter(event -> seen.add(event.id())).toList();
    }

    private static ToolResult answer(String text) {
        String summary = text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY) + "…";
        return new ToolResult(text, List.of(), summary);
    }
}
