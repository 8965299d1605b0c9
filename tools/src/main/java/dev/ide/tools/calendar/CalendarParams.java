package dev.ide.tools.calendar;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.text.Msg;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolFailure;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar parameters a model chose. They are untrusted: anything malformed becomes a Korean question back
 * ({@link ToolFailure#badInput}), never a guess. A few common alternative names are accepted, since small models
 * drift from the documented ones.
 */
final class CalendarParams {

    static final int MAX_RANGE_DAYS = 366;
    static final int DEFAULT_RANGE_DAYS = 7;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::00)?");
    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    private CalendarParams() {
    }

    /** An inclusive range of days. */
    record DateRange(LocalDate from, LocalDate to) {
    }

    /**
     * {@code date_from}..{@code date_to}; one of them alone means that one day (or today up to {@code date_to});
     * neither means the coming week.
     */
    static DateRange range(ToolCall call, LocalDate today) {
        LocalDate from = date(first(call, "date_from", "start_date", "from", "start", "date"));
        LocalDate to = date(first(call, "date_to", "end_date", "to", "end"));
        if (from == null && to == null) {
            return new DateRange(today, today.plusDays(DEFAULT_RANGE_DAYS - 1));
        }
        if (from == null) {
            from = to.isBefore(today) ? to : today;
        }
        if (to == null) {
            to = from;
        }
        if (to.isBefore(from)) {
            throw ToolFailure.badInput(Msg.CAL_RANGE_REVERSED.format(to, from));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
            throw ToolFailure.badInput(Msg.CAL_RANGE_TOO_LONG.format(MAX_RANGE_DAYS));
        }
        return new DateRange(from, to);
    }

    /** The event a {@code create_draft} call describes; no time means all day, no end time means one hour. */
    static EventDraft draft(ToolCall call) {
        String title = oneLine(first(call, "title", "summary", "name", "subject"));
        if (title == null) {
            throw ToolFailure.badInput(Msg.CAL_TITLE_MISSING.text());
        }
        if (title.length() > MAX_TITLE) {
            throw ToolFailure.badInput(Msg.CAL_TITLE_TOO_LONG.format(MAX_TITLE));
        }
        LocalDate date = date(first(call, "date", "start_date"));
        if (date == null) {
            throw ToolFailure.badInput(Msg.CAL_DATE_MISSING.text());
        }
        String description = first(call, "description", "memo", "note", "notes");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw ToolFailure.badInput(Msg.CAL_DESCRIPTION_TOO_LONG.format(MAX_DESCRIPTION));
        }
        LocalTime start = time(first(call, "time", "start_time"));
        LocalTime end = time(first(call, "end_time", "end"));
        if (start == null) {
            if (end != null) {
                throw ToolFailure.badInput(Msg.CAL_END_WITHOUT_START.text());
            }
            return new EventDraft(title, date, null, null, description);
        }
        if (end == null) {
            // One hour, but an event cannot run past midnight yet.
            end = start.isBefore(LocalTime.of(23, 0)) ? start.plusHours(1) : LAST_MINUTE;
        }
        if (!end.isAfter(start)) {
            throw ToolFailure.badInput(Msg.CAL_END_NOT_AFTER_START.format(hhmm(end), hhmm(start)));
        }
        return new EventDraft(title, date, start, end, description);
    }

    /** A strict YYYY-MM-DD date (no 2월 30일), or null when absent. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (!DATE.matcher(text).matches()) {
            throw ToolFailure.badInput(Msg.CAL_DATE_INVALID.format(shorten(text)));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ToolFailure.badInput(Msg.CAL_DATE_INVALID.format(shorten(text)));
        }
    }

    /** HH:MM or H:MM (24:00 read as the day's last minute), or null when absent. */
    static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw ToolFailure.badInput(Msg.CAL_TIME_INVALID.format(shorten(text)));
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour == 24 && minute == 0) {
            return LAST_MINUTE;
        }
        if (hour > 23 || minute > 59) {
            throw ToolFailure.badInput(Msg.CAL_TIME_INVALID.format(shorten(text)));
        }
        return LocalTime.of(hour, minute);
    }

    private static String first(ToolCall call, String... names) {
        for (String name : names) {
            String value = call.text(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }

    /** A model's wrong value is echoed back, but never at length. */
    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
