package dev.ide.tools.calendar;

import dev.ide.core.drafts.EventDraft;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a confirmed draft as an iCalendar object: a VEVENT with the draft's UID, its times under the bot zone's TZID
 * with the matching VTIMEZONE (so other clients show the intended wall-clock time), or in UTC when ical4j does not
 * know the zone; an all-day event as DATE values.
 */
final class ICalendarWriter {

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    String write(String uid, EventDraft draft, ZoneId zone, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//ide//ide bot//KO"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        VEvent event;
        if (draft.allDay()) {
            event = new VEvent(draft.date(), draft.date().plusDays(1), draft.title());
        } else {
            ZonedDateTime start = draft.date().atTime(draft.start()).atZone(zone);
            ZonedDateTime end = draft.date().atTime(draft.end()).atZone(zone);
            TimeZone known = zones.getTimeZone(zone.getId());
            if (known != null) {
                calendar.add(known.getVTimeZone());
                event = new VEvent(start, end, draft.title());
            } else {
                event = new VEvent(start.toInstant(), end.toInstant(), draft.title());
            }
        }
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid));
        if (!draft.description().isBlank()) {
            event.add(new Description(draft.description()));
        }
        calendar.add(event);
        return calendar.toString();
    }
}
