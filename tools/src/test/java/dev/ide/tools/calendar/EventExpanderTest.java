package dev.ide.tools.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading iCalendar objects as other clients write them, shown in Seoul time. */
class EventExpanderTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final EventExpander expander = new EventExpander();

    @Test
    void a_cancelled_instance_of_a_recurring_event_is_not_shown() throws Exception {
        List<CalendarEvent> events = read("""
                BEGIN:VEVENT
                UID:daily
                DTSTAMP:20261101T000000Z
                DTSTART:20261201T000000Z
                DTEND:20261201T003000Z
                RRULE:FREQ=DAILY;COUNT=3
                SUMMARY:아침 점검
                END:VEVENT
                BEGIN:VEVENT
                UID:daily
                DTSTAMP:20261101T000000Z
                RECURRENCE-ID:20261202T000000Z
                DTSTART:20261202T000000Z
                DTEND:20261202T003000Z
                STATUS:CANCELLED
                SUMMARY:아침 점검
                END:VEVENT
                """, "2026-12-01", "2026-12-05");

        assertThat(events).extracting(e -> e.start().toLocalDateTime().toString())
                .containsExactlyInAnyOrder("2026-12-01T09:00", "2026-12-03T09:00");
    }

    @Test
    void floating_times_are_read_as_seoul_wall_clock_and_a_duration_sets_the_end() throws Exception {
        List<CalendarEvent> events = read("""
                BEGIN:VEVENT
                UID:floating
                DTSTAMP:20261101T000000Z
                DTSTART:20261203T083000
                DURATION:PT90M
                SUMMARY:요가
                END:VEVENT
                """, "2026-12-03", "2026-12-03");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(LocalDate.parse("2026-12-03").atTime(8, 30).atZone(SEOUL));
            assertThat(e.end()).isEqualTo(LocalDate.parse("2026-12-03").atTime(10, 0).atZone(SEOUL));
            assertThat(e.allDay()).isFalse();
        });
    }

    @Test
    void an_all_day_event_without_an_end_lasts_its_one_day_and_a_multi_day_one_covers_each_day() throws Exception {
        List<CalendarEvent> events = read("""
                BEGIN:VEVENT
                UID:one
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20261203
                SUMMARY:생일
                END:VEVENT
                BEGIN:VEVENT
                UID:trip
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20261202
                DTEND;VALUE=DATE:20261205
                SUMMARY:제주 여행
                END:VEVENT
                """, "2026-12-04", "2026-12-04");

        assertThat(events).extracting(CalendarEvent::title).containsExactly("제주 여행");
        assertThat(events.get(0).allDay()).isTrue();
        assertThat(events.get(0).occursOn(LocalDate.parse("2026-12-02"))).isTrue();
        assertThat(events.get(0).occursOn(LocalDate.parse("2026-12-05"))).isFalse();
    }

    @Test
    void an_event_without_a_summary_gets_a_placeholder_title() throws Exception {
        List<CalendarEvent> events = read("""
                BEGIN:VEVENT
                UID:untitled
                DTSTAMP:20261101T000000Z
                DTSTART:20261203T010000Z
                DTEND:20261203T020000Z
                END:VEVENT
                """, "2026-12-03", "2026-12-03");

        assertThat(events).extracting(CalendarEvent::title).containsExactly("(제목 없음)");
    }

    private List<CalendarEvent> read(String events, String from, String to) throws Exception {
        String calendar = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n" + events + "END:VCALENDAR\n";
        return expander.occurrences(calendar.replace("\n", "\r\n"), LocalDate.parse(from), LocalDate.parse(to), SEOUL);
    }
}
