package dev.ide.tools.calendar;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.text.Msg;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How calendar answers read: "12월 3일 (수)", "15:00–16:00", "종일", one line per event, days grouped with their
 * weekday. The year is shown only when it is not this year.
 */
final class CalendarText {

    /**
     * All-day events first (as calendar apps list a day), then by start, end and title; so a day's all-day event comes
     * before a timed one that began the night before.
     */
    static final Comparator<CalendarEvent> ORDER = Comparator
            .comparing((CalendarEvent e) -> !e.allDay())
            .thenComparing(e -> e.start().toInstant())
            .thenComparing(e -> e.end().toInstant())
            .thenComparing(CalendarEvent::title);

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final LocalDate today;

    CalendarText(LocalDate today) {
        this.today = today;
    }

    String date(LocalDate date) {
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.KOREAN);
        return date.getYear() == today.getYear()
                ? Msg.CAL_DATE.format(date.getMonthValue(), date.getDayOfMonth(), weekday)
                : Msg.CAL_DATE_YEAR.format(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), weekday);
    }

    /** "오늘 12월 3일 (목)", "내일 12월 4일 (금)", or just the date for any other day. */
    String day(LocalDate day) {
        if (day.equals(today)) {
            return Msg.CAL_DAY_TODAY.format(date(day));
        }
        return day.equals(today.plusDays(1)) ? Msg.CAL_DAY_TOMORROW.format(date(day)) : date(day);
    }

    /** "종일", "15:00–16:00", or with dates where the event starts or ends on another day than the one listed. */
    String when(CalendarEvent event, LocalDate day) {
        if (event.allDay()) {
            return Msg.CAL_ALL_DAY.text();
        }
        String start = time(event.start(), day);
        if (event.end().isEqual(event.start())) {
            return start;
        }
        String end = event.end().equals(day.plusDays(1).atStartOfDay(event.end().getZone()))
                ? "24:00" : time(event.end(), day);
        return Msg.CAL_TIME_RANGE.format(start, end);
    }

    private String time(ZonedDateTime time, LocalDate day) {
        String clock = HH_MM.format(time);
        return time.toLocalDate().equals(day) ? clock : Msg.CAL_TIME_ON_DATE.format(date(time.toLocalDate()), clock);
    }

    String line(CalendarEvent event, LocalDate day) {
        return Msg.CAL_EVENT_LINE.format(when(event, day), titled(event));
    }

    /** "15:00–16:00 주간 회의", for a warning inside a sentence. */
    String brief(CalendarEvent event, LocalDate day) {
        return when(event, day) + " " + titled(event);
    }

    private static String titled(CalendarEvent event) {
        return event.location().isEmpty() ? event.title() : Msg.CAL_WITH_LOCATION.format(event.title(), event.location());
    }

    /** "12월 3일 (수) 15:00–16:00 KST" or "12월 3일 (수) 종일". */
    String when(EventDraft draft, ZoneId zone) {
        if (draft.allDay()) {
            return date(draft.date()) + " " + Msg.CAL_ALL_DAY.text();
        }
        ZonedDateTime start = draft.date().atTime(draft.start()).atZone(zone);
        return date(draft.date()) + " " + Msg.CAL_TIME_RANGE.format(HH_MM.format(draft.start()), HH_MM.format(draft.end()))
                + " " + ZONE_NAME.format(start);
    }

    /** The events of one day, one line each, at most {@code maxLines}; the events are sorted already. */
    String lines(List<CalendarEvent> events, LocalDate day, int maxLines) {
        List<String> lines = new ArrayList<>();
        events.stream().limit(maxLines).forEach(event -> lines.add(line(event, day)));
        if (events.size() > maxLines) {
            lines.add(Msg.CAL_SEARCH_MORE.format(events.size() - maxLines));
        }
        return String.join("\n", lines);
    }

    /**
     * The events day by day, each under every day it takes up, at most {@code maxLines} event lines; the events are
     * sorted already.
     */
    String agenda(List<CalendarEvent> events, LocalDate from, LocalDate to, int maxLines) {
        List<String> lines = new ArrayList<>();
        int shown = 0;
        int hidden = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<String> dayLines = new ArrayList<>();
            for (CalendarEvent event : events) {
                if (!event.occursOn(day)) {
                    continue;
                }
                if (shown < maxLines) {
                    dayLines.add(line(event, day));
                    shown++;
                } else {
                    hidden++;
                }
            }
            if (!dayLines.isEmpty()) {
                lines.add("");
                lines.add(date(day));
                lines.addAll(dayLines);
            }
        }
        if (hidden > 0) {
            lines.add("");
            lines.add(Msg.CAL_SEARCH_MORE.format(hidden));
        }
        return String.join("\n", lines);
    }
}
