/**
 * The calendar tool: today's events, a search over days, and event creation through a confirmed draft. The events
 * live on a CalDAV server when {@code CALDAV_URL} is set ({@link dev.ide.tools.calendar.CalDavCalendar}), otherwise
 * in the bot's database ({@link dev.ide.tools.calendar.EmbeddedCalendar}); {@link dev.ide.tools.calendar.CalendarTool}
 * talks to either through {@link dev.ide.tools.calendar.CalendarBackend}.
 */
package dev.ide.tools.calendar;
