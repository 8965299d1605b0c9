package dev.ide.tools.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ide.core.drafts.Drafts;
import dev.ide.core.drafts.EventDraft;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import dev.ide.core.store.InMemoryDraftStore;
import dev.ide.core.text.Msg;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolContext;
import dev.ide.core.tool.ToolFailure;
import dev.ide.core.tool.ToolResult;
import dev.ide.tools.testing.RadicaleServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The calendar tool against a real Radicale started by this test, on Thursday 2026-12-03 10:00 in Seoul. The
 * calendar holds events as other clients write them: a weekly stand-up with a skipped and a moved week, an all-day
 * event, one made in New York time and one in UTC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalDavCalendarIT {

    private static final String USER = "alice";
    private static final String PASSWORD = "s3cret-캘린더";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T01:00:00Z"), ZoneOffset.UTC);
    private static final ConversationKey CHAT = new ConversationKey(Platform.TELEGRAM, "7");

    private RadicaleServer radicale;
    private HttpUrl collection;
    private InMemoryDraftStore draftStore;
    private Drafts drafts;

    @BeforeAll
    void startRadicale(@TempDir Path dir) throws IOException {
        radicale = RadicaleServer.start(dir, USER, PASSWORD);
    }

    @AfterAll
    void stopRadicale() {
        if (radicale != null) {
            radicale.close();
        }
    }

    @BeforeEach
    void freshCalendar() throws IOException {
        collection = radicale.newCalendar(USER);
        draftStore = new InMemoryDraftStore();
        drafts = new Drafts(draftStore, CLOCK, Duration.ofMinutes(30));
    }

    @Test
    void today_shows_recurring_all_day_foreign_zone_and_utc_events_in_seoul_time_sorted() throws IOException {
        storeOtherClientsEvents();

        assertThat(run(tool(PASSWORD), "today").text()).isEqualTo("""
                오늘 12월 3일 (목) 일정이에요 (4개):
                • 종일  창립기념일
                • 09:30–10:00  주간 스탠드업 (2층 회의실)
                • 10:00–11:00  뉴욕 본사 통화
                • 14:00–15:00  UTC 서버 점검""");
    }

    @Test
    void search_expands_the_weekly_event_skips_the_exception_date_and_shows_the_moved_instance() throws IOException {
        storeOtherClientsEvents();

        assertThat(run(tool(PASSWORD), "search", "date_from", "2026-12-08", "date_to", "2026-12-24").text())
                .isEqualTo("""
                        12월 8일 (화) ~ 12월 24일 (목) 일정이에요 (2개):

                        12월 17일 (목)
                        • 14:00–15:00  주간 스탠드업 (오후로 변경) (2층 회의실)

                        12월 24일 (목)
                        • 09:30–10:00  주간 스탠드업 (2층 회의실)""");
    }

    @Test
    void a_recurring_event_is_not_shown_before_it_starts() throws IOException {
        storeOtherClientsEvents();

        assertThat(run(tool(PASSWORD), "search", "date_from", "2026-10-26", "date_to", "2026-11-04").text())
                .isEqualTo("10월 26일 (월) ~ 11월 4일 (수)에는 일정이 없어요.");
    }

    @Test
    void a_draft_confirmed_twice_makes_one_event_that_other_clients_read_in_seoul_time() throws IOException {
        CalendarTool tool = tool(PASSWORD);
        storeOtherClientsEvents();
        ToolResult preview = run(tool, "create_draft", "title", "치과 예약", "date", "2026-12-03", "time", "09:45");
        assertThat(preview.text()).contains("일시: 12월 3일 (목) 09:45–10:45 KST")
                .contains("⚠️ 이 시간에 이미 일정이 있어요: 09:30–10:00 주간 스탠드업 (2층 회의실), 10:00–11:00 뉴욕 본사 통화");
        PendingDraft draft = drafts.pending(CHAT).orElseThrow();

        assertThat(run(tool, "create_confirmed").text()).isEqualTo("일정을 만들었어요: 치과 예약, 12월 3일 (목) 09:45–10:45 KST");
        draftStore.put(draft); // a replay, as after a crash before the draft was forgotten
        assertThat(run(tool, "create_confirmed").text()).isEqualTo("일정을 만들었어요: 치과 예약, 12월 3일 (목) 09:45–10:45 KST");

        assertThat(run(tool, "today").text()).containsOnlyOnce("치과 예약").contains("• 09:45–10:45  치과 예약");
        String stored = radicale.get(collection, CalDavCalendar.fileName(draft.eventUid()));
        assertThat(stored).contains("UID:" + draft.eventUid()).contains("DTSTART;TZID=Asia/Seoul:20261203T094500");
    }

    @Test
    void creating_the_same_uid_twice_is_refused_by_the_server_as_already_existing() {
        CalDavCalendar calendar = calendar(PASSWORD);
        EventDraft allDay = new EventDraft("워크숍", LocalDate.parse("2026-12-11"), null, null, "준비물: 노트북");

        assertThat(calendar.create("ide-test@ide.bot", allDay, SEOUL)).isEqualTo(CalendarBackend.CreateOutcome.CREATED);
        assertThat(calendar.create("ide-test@ide.bot", allDay, SEOUL))
                .isEqualTo(CalendarBackend.CreateOutcome.ALREADY_EXISTS);
        assertThat(calendar.events(allDay.date(), allDay.date(), SEOUL)).singleElement()
                .satisfies(event -> assertThat(event.allDay()).isTrue());
    }

    @Test
    void a_created_timed_event_round_trips_with_its_exact_times() {
        CalDavCalendar calendar = calendar(PASSWORD);
        calendar.create("ide-round@ide.bot",
                new EventDraft("리뷰", LocalDate.parse("2026-12-15"), LocalTime.of(23, 0), LocalTime.of(23, 59), ""), SEOUL);

        assertThat(calendar.events(LocalDate.parse("2026-12-15"), LocalDate.parse("2026-12-15"), SEOUL))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.start()).isEqualTo(LocalDate.parse("2026-12-15").atTime(23, 0).atZone(SEOUL));
                    assertThat(event.end()).isEqualTo(LocalDate.parse("2026-12-15").atTime(23, 59).atZone(SEOUL));
                });
    }

    @Test
    void a_wrong_password_is_a_clear_reply_without_the_password() {
        assertThatThrownBy(() -> run(tool("wrong-password"), "today"))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ToolFailure.Kind.UNAVAILABLE);
                    assertThat(failure.userMessage()).startsWith("캘린더 로그인 실패: 캘린더 서버(127.0.0.1)가")
                            .contains("CALDAV_PASSWORD").doesNotContain("wrong-password");
                });
    }

    @Test
    void confirming_with_a_wrong_password_keeps_the_draft_for_a_retry() {
        run(tool("wrong-password"), "create_draft", "title", "회의", "date", "2026-12-04", "time", "10:00");

        assertThatThrownBy(() -> run(tool("wrong-password"), "create_confirmed"))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> assertThat(failure.userMessage())
                        .startsWith("캘린더 로그인 실패").endsWith("일정 초안은 그대로 있으니 잠시 후 다시 \"확인\"해 주세요."));
        assertThat(drafts.pending(CHAT)).isPresent();
        assertThat(run(tool(PASSWORD), "create_confirmed").text()).startsWith("일정을 만들었어요: 회의");
    }

    @Test
    void a_calendar_url_that_does_not_exist_is_a_clear_reply() {
        CalDavSettings missing = new CalDavSettings(URI.create(collection.toString() + "../no-such-calendar/"), USER,
                PASSWORD, Duration.ofSeconds(5));
        CalendarTool tool = new CalendarTool(new CalDavCalendar(missing, CLOCK));

        assertThatThrownBy(() -> run(tool, "today"))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> assertThat(failure.userMessage())
                        .isEqualTo("캘린더를 찾을 수 없어요 (404). CALDAV_URL이 캘린더 컬렉션 주소인지 확인해 주세요."));
    }

    @Test
    void a_calendar_url_naming_the_principal_the_server_root_or_an_event_file_is_refused_naming_caldav_url()
            throws IOException {
        ListAppender<ILoggingEvent> logs = captureLogs();
        radicale.put(collection, "one.ics", event("one-1", "20261203T050000Z", "20261203T060000Z", "점검"));
        HttpUrl principal = collection.resolve("../");
        HttpUrl root = collection.resolve("/");
        HttpUrl eventFile = collection.resolve("one.ics");

        for (HttpUrl wrong : new HttpUrl[] {principal, root, eventFile}) {
            CalendarTool tool = new CalendarTool(calendarAt(wrong));
            assertThatThrownBy(() -> run(tool, "today")).as(wrong.toString())
                    .isInstanceOfSatisfying(ToolFailure.class, failure -> {
                        assertThat(failure.kind()).isEqualTo(ToolFailure.Kind.UNAVAILABLE);
                        assertThat(failure.userMessage()).startsWith(Msg.CALDAV_NOT_A_CALENDAR.format("127.0.0.1"))
                                .contains("CALDAV_URL").containsPattern("찾은 캘린더 \\d+개의 주소를 로그에 남겼")
                                .doesNotContain(PASSWORD);
                    });
        }
        List<String> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(warnings).hasSize(3).allSatisfy(line -> assertThat(line).contains("is not a calendar collection")
                .contains(collection.toString()).doesNotContain(PASSWORD));
    }

    @Test
    void a_draft_for_a_principal_url_is_refused_at_once_and_nothing_is_stored_outside_a_calendar() throws IOException {
        HttpUrl principal = collection.resolve("../");
        CalDavCalendar calendar = calendarAt(principal);

        assertThatThrownBy(() -> run(new CalendarTool(calendar), "create_draft", "title", "치과 예약", "date",
                "2026-12-04", "time", "09:00"))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> assertThat(failure.userMessage())
                        .startsWith(Msg.CALDAV_NOT_A_CALENDAR.format("127.0.0.1")));
        assertThat(drafts.pending(CHAT)).as("no draft to confirm into nowhere").isEmpty();
        EventDraft event = new EventDraft("치과 예약", LocalDate.parse("2026-12-04"), LocalTime.of(9, 0),
                LocalTime.of(10, 0), "");
        assertThatThrownBy(() -> calendar.create("ide-loose@ide.bot", event, SEOUL)).isInstanceOf(ToolFailure.class);
        assertThat(radicale.get(principal, CalDavCalendar.fileName("ide-loose@ide.bot"))).isNull();
    }

    @Test
    void a_double_booking_shows_both_events_and_all_day_comes_before_last_nights_continuation() throws IOException {
        radicale.put(collection, "room-a.ics", event("booking-a", "20261203T050000Z", "20261203T060000Z", "고객 미팅"));
        radicale.put(collection, "room-b.ics", event("booking-b", "20261203T050000Z", "20261203T060000Z", "고객 미팅"));
        radicale.put(collection, "night.ics", event("night-1", "20261202T140000Z", "20261202T170000Z", "야간 배포"));
        radicale.put(collection, "holiday.ics", foundingDay("holiday-1"));

        assertThat(run(tool(PASSWORD), "today").text()).isEqualTo("""
                오늘 12월 3일 (목) 일정이에요 (4개):
                • 종일  창립기념일
                • 12월 2일 (수) 23:00–02:00  야간 배포
                • 14:00–15:00  고객 미팅
                • 14:00–15:00  고객 미팅""");
    }

    /** An all-day event on 2026-12-03 (the company's founding day), as another client writes it. */
    private static String foundingDay(String uid) {
        return """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//other client//EN
                BEGIN:VEVENT
                UID:%s
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20261203
                DTEND;VALUE=DATE:20261204
                SUMMARY:창립기념일
                END:VEVENT
                END:VCALENDAR
                """.formatted(uid);
    }

    /** One plain event in UTC. */
    private static String event(String uid, String startUtc, String endUtc, String title) {
        return """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//other client//EN
                BEGIN:VEVENT
                UID:%s
                DTSTAMP:20261101T000000Z
                DTSTART:%s
                DTEND:%s
                SUMMARY:%s
                END:VEVENT
                END:VCALENDAR
                """.formatted(uid, startUtc, endUtc, title);
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        Logger logger = (Logger) LoggerFactory.getLogger(CalDavCalendar.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    /** Events as other clients (Thunderbird, iOS, Google export) store them. */
    private void storeOtherClientsEvents() throws IOException {
        radicale.put(collection, "standup.ics", """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//other client//EN
                BEGIN:VTIMEZONE
                TZID:Asia/Seoul
                BEGIN:STANDARD
                DTSTART:19700101T000000
                TZOFFSETFROM:+0900
                TZOFFSETTO:+0900
                TZNAME:KST
                END:STANDARD
                END:VTIMEZONE
                BEGIN:VEVENT
                UID:standup-1
                DTSTAMP:20261101T000000Z
                DTSTART;TZID=Asia/Seoul:20261105T093000
                DTEND;TZID=Asia/Seoul:20261105T100000
                RRULE:FREQ=WEEKLY;BYDAY=TH
                EXDATE;TZID=Asia/Seoul:20261210T093000
                SUMMARY:주간 스탠드업
                LOCATION:2층 회의실
                END:VEVENT
                BEGIN:VEVENT
                UID:standup-1
                DTSTAMP:20261101T000000Z
                RECURRENCE-ID;TZID=Asia/Seoul:20261217T093000
                DTSTART;TZID=Asia/Seoul:20261217T140000
                DTEND;TZID=Asia/Seoul:20261217T150000
                SUMMARY:주간 스탠드업 (오후로 변경)
                LOCATION:2층 회의실
                END:VEVENT
                END:VCALENDAR
                """);
        radicale.put(collection, "anniversary.ics", foundingDay("anniversary-1"));
        radicale.put(collection, "newyork.ics", """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//other client//EN
                BEGIN:VTIMEZONE
                TZID:America/New_York
                BEGIN:STANDARD
                DTSTART:19701101T020000
                RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
                TZOFFSETFROM:-0400
                TZOFFSETTO:-0500
                TZNAME:EST
                END:STANDARD
                BEGIN:DAYLIGHT
                DTSTART:19700308T020000
                RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
                TZOFFSETFROM:-0500
                TZOFFSETTO:-0400
                TZNAME:EDT
                END:DAYLIGHT
                END:VTIMEZONE
                BEGIN:VEVENT
                UID:newyork-1
                DTSTAMP:20261101T000000Z
                DTSTART;TZID=America/New_York:20261202T200000
                DTEND;TZID=America/New_York:20261202T210000
                SUMMARY:뉴욕 본사 통화
                END:VEVENT
                END:VCALENDAR
                """);
        radicale.put(collection, "utc.ics", """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//other client//EN
                BEGIN:VEVENT
                UID:utc-1
                DTSTAMP:20261101T000000Z
                DTSTART:20261203T050000Z
                DTEND:20261203T060000Z
                SUMMARY:UTC 서버 점검
                END:VEVENT
                END:VCALENDAR
                """);
    }

    private CalDavCalendar calendar(String password) {
        return new CalDavCalendar(new CalDavSettings(URI.create(collection.toString()), USER, password,
                Duration.ofSeconds(5)), CLOCK);
    }

    private static CalDavCalendar calendarAt(HttpUrl url) {
        return new CalDavCalendar(new CalDavSettings(URI.create(url.toString()), USER, PASSWORD, Duration.ofSeconds(5)),
                CLOCK);
    }

    private CalendarTool tool(String password) {
        return new CalendarTool(calendar(password));
    }

    private ToolResult run(CalendarTool tool, String operation, String... keyValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return tool.run(new ToolCall("calendar", operation, params), new ToolContext(CHAT, "owner", true, drafts, CLOCK, SEOUL));
    }
}
