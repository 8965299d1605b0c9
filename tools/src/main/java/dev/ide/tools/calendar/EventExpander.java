package dev.ide.tools.calendar;

import dev.ide.core.text.Msg;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Status;

/**
 * Reads iCalendar text (one CalDAV object resource) and lists the occurrences of its events within a range of days:
 * RRULE/RDATE/EXDATE expanded by ical4j, RECURRENCE-ID overrides applied here, cancelled ones dropped, every time
 * shown in the bot's zone. Floating times are read as times in the bot's zone.
 */
final class EventExpander {

    /**
     * The occurrences in the days from..to (inclusive) in the zone.
     *
     * @throws ParserException when the text is not iCalendar
     */
    List<CalendarEvent> occurrences(String icalendar, LocalDate from, LocalDate to, ZoneId zone)
            throws IOException, ParserException {
        net.fortuna.ical4j.model.Calendar calendar = new CalendarBuilder().build(new StringReader(icalendar));
        ZonedDateTime rangeStart = from.atStartOfDay(zone);
        ZonedDateTime rangeEnd = to.plusDays(1).atStartOfDay(zone);
        // ical4j decides on overlap in its own idea of date and floating values; widen, then filter exactly here.
        Period<ZonedDateTime> wide = new Period<>(rangeStart.minusDays(2), rangeEnd.plusDays(2));

        List<CalendarEvent> result = new ArrayList<>();
        for (Map.Entry<String, List<VEvent>> group : byUid(calendar.getComponents(Component.VEVENT)).entrySet()) {
            for (CalendarEvent event : expand(group.getKey(), group.getValue(), wide, zone)) {
                if (event.overlaps(rangeStart, rangeEnd)) {
                    result.add(event);
                }
            }
        }
        return result;
    }

    /** The master event and its overridden instances share a UID. */
    private static Map<String, List<VEvent>> byUid(List<VEvent> events) {
        Map<String, List<VEvent>> groups = new LinkedHashMap<>();
        for (VEvent event : events) {
            // An event without a UID is one of its own, unlike any other, in this resource or another.
            String uid = event.getUid().map(Property::getValue).orElseGet(() -> "no-uid-" + UUID.randomUUID());
            groups.computeIfAbsent(uid, key -> new ArrayList<>()).add(event);
        }
        return groups;
    }

    private static List<CalendarEvent> expand(String uid, List<VEvent> group, Period<ZonedDateTime> wide, ZoneId zone) {
        List<VEvent> overrides = new ArrayList<>();
        List<VEvent> masters = new ArrayList<>();
        for (VEvent event : group) {
            (event.getProperty(Property.RECURRENCE_ID).isPresent() ? overrides : masters).add(event);
        }
        // ical4j's ComponentGroup ignores overrides (4.4.0), so replaced instances are taken out by their original start.
        Set<Object> replaced = new HashSet<>();
        for (VEvent override : overrides) {
            replaced.add(replacedInstance(override, zone));
        }
        List<CalendarEvent> result = new ArrayList<>();
        for (VEvent master : masters) {
            if (cancelled(master) || master.getStartDate().isEmpty()) {
                continue;
            }
            for (Period<Temporal> period : master.<Temporal>calculateRecurrenceSet(wide)) {
                Object instance = instanceKey(period.getStart(), zone);
                if (!replaced.contains(instance)) {
                    result.add(toEvent(uid + "/" + instance, master, period, zone));
                }
            }
        }
        for (VEvent override : overrides) {
            if (cancelled(override) || override.getStartDate().isEmpty()) {
                continue;
            }
            Object instance = replacedInstance(override, zone);
            for (Period<Temporal> period : override.<Temporal>calculateRecurrenceSet(wide)) {
                result.add(toEvent(uid + "/" + instance, override, period, zone));
            }
        }
        return result;
    }

    private static boolean cancelled(VEvent event) {
        Status status = event.getStatus();
        return status != null && "CANCELLED".equalsIgnoreCase(status.getValue());
    }

    /** The instance an override replaces: its RECURRENCE-ID. */
    private static Object replacedInstance(VEvent override, ZoneId zone) {
        Property recurrenceId = override.getProperty(Property.RECURRENCE_ID).orElseThrow();
        return instanceKey(((DateProperty<?>) recurrenceId).getDate(), zone);
    }

    /** What identifies an instance of a recurring event: its date, or its start instant. */
    private static Object instanceKey(Temporal start, ZoneId zone) {
        if (start instanceof LocalDate date) {
            return date;
        }
        return toZoned(start, zone).toInstant();
    }

    private static CalendarEvent toEvent(String id, VEvent event, Period<Temporal> period, ZoneId zone) {
        String title = event.getSummary() == null || event.getSummary().getValue().isBlank()
                ? Msg.CAL_NO_TITLE.text() : event.getSummary().getValue().strip();
        String location = event.getLocation() == null ? "" : event.getLocation().getValue().strip();
        Temporal start = period.getStart();
        Temporal end = period.getEnd();
        if (start instanceof LocalDate startDate) {
            LocalDate endDate = end instanceof LocalDate date && date.isAfter(startDate) ? date : startDate.plusDays(1);
            return new CalendarEvent(id, title, startDate.atStartOfDay(zone), endDate.atStartOfDay(zone), true,
                    location);
        }
        ZonedDateTime startTime = toZoned(start, zone);
        ZonedDateTime endTime = end == null ? startTime : toZoned(end, zone);
        return new CalendarEvent(id, title, startTime, endTime.isBefore(startTime) ? startTime : endTime, false,
                location);
    }

    /** TZID and UTC times keep their instant; floating times are wall-clock times in the bot's zone. */
    private static ZonedDateTime toZoned(Temporal temporal, ZoneId zone) {
        if (temporal instanceof LocalDateTime local) {
            return local.atZone(zone);
        }
        if (temporal instanceof LocalDate date) {
            return date.atStartOfDay(zone);
        }
        return Instant.from(temporal).atZone(zone);
    }
}
