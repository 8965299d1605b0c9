package dev.ide.tools.calendar;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.text.Msg;
import dev.ide.core.tool.ToolFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calendar in the bot's own database (table {@code calendar_events}), so the calendar works without a CalDAV
 * server. It holds the events the bot created; it has no recurring events.
 */
public final class EmbeddedCalendar implements CalendarBackend {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCalendar.class);

    private static final String SELECT = """
            SELECT uid, title, all_day, start_date, end_date, start_at, end_at FROM calendar_events
            WHERE (all_day AND start_date <= ? AND end_date > ?)
               OR (NOT all_day AND start_at < ? AND end_at > ?)""";

    private static final String INSERT = """
            INSERT INTO calendar_events
              (uid, title, description, all_day, start_date, end_date, start_at, end_at, zone_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final Clock clock;

    public EmbeddedCalendar(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public List<CalendarEvent> events(LocalDate from, LocalDate to, ZoneId zone) {
        ZonedDateTime rangeStart = from.atStartOfDay(zone);
        ZonedDateTime rangeEnd = to.plusDays(1).atStartOfDay(zone);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, to);
            select.setObject(2, from);
            select.setObject(3, rangeEnd.toOffsetDateTime());
            select.setObject(4, rangeStart.toOffsetDateTime());
            List<CalendarEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(toEvent(rows, zone));
                }
            }
            return events;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static CalendarEvent toEvent(ResultSet row, ZoneId zone) throws SQLException {
        String uid = row.getString("uid");
        String title = row.getString("title");
        if (row.getBoolean("all_day")) {
            return new CalendarEvent(uid, title, row.getObject("start_date", LocalDate.class).atStartOfDay(zone),
                    row.getObject("end_date", LocalDate.class).atStartOfDay(zone), true, "");
        }
        return new CalendarEvent(uid, title,
                row.getObject("start_at", OffsetDateTime.class).atZoneSameInstant(zone),
                row.getObject("end_at", OffsetDateTime.class).atZoneSameInstant(zone), false, "");
    }

    @Override
    public CreateOutcome create(String uid, EventDraft event, ZoneId zone) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, uid);
            insert.setString(2, event.title());
            insert.setString(3, event.description());
            insert.setBoolean(4, event.allDay());
            insert.setObject(5, event.date());
            if (event.allDay()) {
                insert.setObject(6, event.date().plusDays(1));
                insert.setObject(7, null);
                insert.setObject(8, null);
            } else {
                ZonedDateTime start = event.date().atTime(event.start()).atZone(zone);
                ZonedDateTime end = event.date().atTime(event.end()).atZone(zone);
                insert.setObject(6, end.toLocalDate());
                insert.setObject(7, start.toOffsetDateTime());
                insert.setObject(8, end.toOffsetDateTime());
            }
            insert.setString(9, zone.getId());
            insert.setObject(10, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
            return CreateOutcome.CREATED;
        } catch (SQLIntegrityConstraintViolationException duplicate) {
            // The uid is the primary key: a replayed confirmation lands here.
            return CreateOutcome.ALREADY_EXISTS;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static ToolFailure failure(SQLException e) {
        log.error("embedded calendar failed", e);
        return ToolFailure.unavailable(Msg.TOOL_FAILED.format(Msg.TOOL_NAME_CALENDAR.text()), e);
    }
}
