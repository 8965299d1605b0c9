package dev.ide.tools.calendar;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.tool.ToolFailure;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Where the owner's events live: a CalDAV server ({@link CalDavCalendar}) or the bot's own database
 * ({@link EmbeddedCalendar}). A server that cannot be used is reported as {@link ToolFailure#unavailable} with a
 * Korean sentence naming the problem.
 */
public interface CalendarBackend {

    /**
     * The occurrences that take up any part of the days {@code from}..{@code to} (inclusive) in the zone, recurring
     * events expanded, times shown in the zone; in no particular order.
     */
    List<CalendarEvent> events(LocalDate from, LocalDate to, ZoneId zone);

    /**
     * Creates the event under this UID unless an event with it exists already, so a retried confirmation never makes
     * a second event. The draft's wall-clock times are in the zone.
     */
    CreateOutcome create(String uid, EventDraft event, ZoneId zone);

    enum CreateOutcome {
        CREATED,
        ALREADY_EXISTS
    }
}
