package dev.ide.tools.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One occurrence of an event as the user sees it, in the bot's time zone. A recurring event gives one of these per
 * instance.
 *
 * @param id       what makes this occurrence itself: the event's UID and, for an instance of a recurring event, its
 *                 original start (RECURRENCE-ID); two events of the same title and time have different ids, two copies
 *                 of the same occurrence the same one
 * @param start    for an all-day event the start of its first day
 * @param end      exclusive; for an all-day event the start of the day after its last; never before start
 * @param location empty when the event has none
 */
public record CalendarEvent(String id, String title, ZonedDateTime start, ZonedDateTime end, boolean allDay,
                            String location) {

    public CalendarEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        location = location == null ? "" : location;
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start");
        }
    }

    /** Whether the event takes up any of [from, to); an event of no length counts when it starts inside. */
    public boolean overlaps(ZonedDateTime from, ZonedDateTime to) {
        if (start.isEqual(end)) {
            return !start.isBefore(from) && start.isBefore(to);
        }
        return start.isBefore(to) && end.isAfter(from);
    }

    /** Whether the event takes up any of this calendar day (in the zone of {@link #start}). */
    public boolean occursOn(LocalDate day) {
        return overlaps(day.atStartOfDay(start.getZone()), day.plusDays(1).atStartOfDay(start.getZone()));
    }
}
