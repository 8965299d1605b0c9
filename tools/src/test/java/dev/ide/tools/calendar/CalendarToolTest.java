package dev.ide.tools.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ide.core.drafts.Drafts;
import dev.ide.core.drafts.EventDraft;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.message.Button;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import dev.ide.core.store.InMemoryDraftStore;
import dev.ide.core.text.Msg;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolContext;
import dev.ide.core.tool.ToolFailure;
import dev.ide.core.tool.ToolResult;
import dev.ide.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar tool over the embedded calendar, on Thursday 2026-12-03 10:00 in Seoul. */
class CalendarToolTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");
    private static final ConversationKey CHAT = new ConversationKey(Platform.TELEGRAM, "42");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Database database = Database.inMemory("calendar-" + UUID.randomUUID());
    private final InMemoryDraftStore draftStore = new InMemoryDraftStore();
    private final Drafts drafts = new Drafts(draftStore, clock, Duration.ofMinutes(30));
    private final EmbeddedCalendar calendar = new EmbeddedCalendar(database.dataSource(), clock);
    private final CalendarTool tool = new CalendarTool(calendar);
    private final ToolContext owner = new ToolContext(CHAT, "owner", true, drafts, clock, SEOUL);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void today_without_events_says_there_are_none() {
        assertThat(run("today").text()).isEqualTo("오늘은 일정이 없어요.");
    }

    @Test
    void today_lists_events_sorted_with_times_and_all_day_first() {
        event("점심 약속", "2026-12-03", "12:00", "13:00");
        event("팀 회의", "2026-12-03", "09:00", "10:30");
        event("창립기념일", "2026-12-03", null, null);
        event("내일 일정", "2026-12-04", "09:00", "10:00");

        assertThat(run("today").text()).isEqualTo("""
                오늘 12월 3일 (목) 일정이에요 (3개):
                • 종일  창립기념일
                • 09:00–10:30  팀 회의
                • 12:00–13:00  점심 약속""");
    }

    @Test
    void draft_preview_states_the_exact_date_weekday_times_and_zone_with_buttons() {
        ToolResult preview = run("create_draft", "title", "디자인 리뷰", "date", "2026-12-09", "time", "15:00",
                "end_time", "16:00", "description", "3층 회의실");

        assertThat(preview.text()).isEqualTo("""
                이 일정을 만들까요?
                제목: 디자인 리뷰
                일시: 12월 9일 (수) 15:00–16:00 KST
                메모: 3층 회의실
                맞으면 "확인", 아니면 "취소"라고 답해 주세요.""");
        PendingDraft draft = drafts.pending(CHAT).orElseThrow();
        assertThat(preview.buttons()).extracting(Button::label).containsExactly("확인", "취소");
        assertThat(preview.buttons()).isEqualTo(Drafts.buttonsFor(draft));
        assertThat(calendar.events(LocalDate.parse("2026-12-09"), LocalDate.parse("2026-12-09"), SEOUL))
                .as("a draft is not an event").isEmpty();
    }

    @Test
    void end_time_defaults_to_one_hour_after_the_start_and_h_mm_is_accepted() {
        run("create_draft", "title", "치과", "date", "2026-12-04", "time", "9:30");

        assertThat(drafts.pending(CHAT).orElseThrow().event())
                .isEqualTo(new EventDraft("치과", LocalDate.parse("2026-12-04"), LocalTime.of(9, 30),
                        LocalTime.of(10, 30), ""));
    }

    @Test
    void a_draft_without_time_is_an_all_day_event() {
        ToolResult preview = run("create_draft", "title", "휴가", "date", "2026-12-24");

        assertThat(preview.text()).contains("일시: 12월 24일 (목) 종일");
        run("create_confirmed");
        assertThat(search("2026-12-24", "2026-12-24").text()).isEqualTo("""
                12월 24일 (목) 일정이에요 (1개):
                • 종일  휴가""");
    }

    @Test
    void tomorrows_events_are_listed_under_one_header_naming_the_day_once() {
        event("치과", "2026-12-04", "09:30", "10:30");
        event("출장", "2026-12-04", null, null);

        assertThat(search("2026-12-04", "2026-12-04").text()).isEqualTo("""
                내일 12월 4일 (금) 일정이에요 (2개):
                • 종일  출장
                • 09:30–10:30  치과""");
        assertThat(search("2026-12-05", "2026-12-05").text()).isEqualTo("12월 5일 (토)에는 일정이 없어요.");
    }

    @Test
    void two_events_with_the_same_title_and_time_are_both_shown() {
        event("고객 미팅", "2026-12-03", "14:00", "15:00");
        event("고객 미팅", "2026-12-03", "14:00", "15:00");

        assertThat(run("today").text()).isEqualTo("""
                오늘 12월 3일 (목) 일정이에요 (2개):
                • 14:00–15:00  고객 미팅
                • 14:00–15:00  고객 미팅""");
    }

    @Test
    void copies_of_one_occurrence_are_shown_once_and_all_day_comes_before_last_nights_continuation() {
        ZonedDateTime day = LocalDate.parse("2026-12-03").atStartOfDay(SEOUL);
        CalendarEvent night = new CalendarEvent("deploy/1", "야간 배포", day.minusHours(1), day.plusHours(2), false, "");
        CalendarEvent holiday = new CalendarEvent("holiday/2026-12-03", "창립기념일", day, day.plusDays(1), true, "");
        CalendarEvent standup = new CalendarEvent("standup/2026-12-03T00:30:00Z", "스탠드업", day.plusHours(9).plusMinutes(30),
                day.plusHours(10), false, "");
        CalendarTool fixed = new CalendarTool(new FixedCalendar(List.of(night, standup, holiday, standup)));

        assertThat(fixed.run(ToolCall.of("calendar", "today"), owner).text()).isEqualTo("""
                오늘 12월 3일 (목) 일정이에요 (3개):
                • 종일  창립기념일
                • 12월 2일 (수) 23:00–02:00  야간 배포
                • 09:30–10:00  스탠드업""");
    }

    /** A calendar that always holds the same occurrences, as a server might send them. */
    private record FixedCalendar(List<CalendarEvent> events) implements CalendarBackend {

        @Override
        public List<CalendarEvent> events(LocalDate from, LocalDate to, ZoneId zone) {
            return events;
        }

        @Override
        public CreateOutcome create(String uid, EventDraft event, ZoneId zone) {
            throw new UnsupportedOperationException("read-only");
        }
    }

    @Test
    void a_draft_that_overlaps_an_existing_event_warns_about_it() {
        event("주간 회의", "2026-12-03", "15:30", "16:30");
        event("창립기념일", "2026-12-03", null, null);

        ToolResult preview = run("create_draft", "title", "고객 통화", "date", "2026-12-03", "time", "15:00");

        assertThat(preview.text()).contains("⚠️ 이 시간에 이미 일정이 있어요: 15:30–16:30 주간 회의")
                .doesNotContain("창립기념일");
    }

    @Test
    void a_draft_next_to_an_existing_event_does_not_warn() {
        event("주간 회의", "2026-12-03", "14:00", "15:00");

        assertThat(run("create_draft", "title", "고객 통화", "date", "2026-12-03", "time", "15:00").text())
                .doesNotContain("⚠️");
    }

    @Test
    void a_draft_in_the_past_is_pointed_out() {
        assertThat(run("create_draft", "title", "회고", "date", "2025-12-03", "time", "15:00").text())
                .contains("일시: 2025년 12월 3일 (수) 15:00–16:00 KST")
                .contains("이미 지난 시간이에요");
    }

    @Test
    void confirming_creates_the_event_and_says_what_was_created() {
        run("create_draft", "title", "디자인 리뷰", "date", "2026-12-03", "time", "15:00", "end_time", "16:00");

        assertThat(run("create_confirmed").text()).isEqualTo("일정을 만들었어요: 디자인 리뷰, 12월 3일 (목) 15:00–16:00 KST");
        assertThat(run("today").text()).contains("• 15:00–16:00  디자인 리뷰");
        assertThat(drafts.pending(CHAT)).as("the draft is used up").isEmpty();
    }

    @Test
    void a_replayed_confirmation_of_the_same_draft_makes_one_event_and_still_succeeds() {
        run("create_draft", "title", "디자인 리뷰", "date", "2026-12-03", "time", "15:00");
        PendingDraft draft = drafts.pending(CHAT).orElseThrow();
        run("create_confirmed");

        draftStore.put(draft); // as after a crash between creating the event and forgetting the draft
        ToolResult replay = run("create_confirmed");

        assertThat(replay.text()).isEqualTo("일정을 만들었어요: 디자인 리뷰, 12월 3일 (목) 15:00–16:00 KST");
        assertThat(run("today").text()).containsOnlyOnce("디자인 리뷰");
        assertThat(run("create_confirmed").text()).isEqualTo(Msg.DRAFT_NONE.text());
    }

    @Test
    void the_embedded_calendar_reports_a_duplicate_uid_as_already_existing() {
        EventDraft event = new EventDraft("회의", LocalDate.parse("2026-12-05"), LocalTime.NOON, LocalTime.of(13, 0), "");

        assertThat(calendar.create("uid-1", event, SEOUL)).isEqualTo(CalendarBackend.CreateOutcome.CREATED);
        assertThat(calendar.create("uid-1", event, SEOUL)).isEqualTo(CalendarBackend.CreateOutcome.ALREADY_EXISTS);
        assertThat(calendar.events(event.date(), event.date(), SEOUL)).hasSize(1);
    }

    @Test
    void confirming_without_a_draft_says_there_is_none() {
        assertThat(run("create_confirmed").text()).isEqualTo("확인할 일정 초안이 없어요.");
    }

    @Test
    void an_expired_draft_cannot_be_confirmed() {
        run("create_draft", "title", "회의", "date", "2026-12-04", "time", "10:00");
        Clock later = Clock.offset(clock, Duration.ofMinutes(31));
        ToolContext afterExpiry = new ToolContext(CHAT, "owner", true,
                new Drafts(draftStore, later, Duration.ofMinutes(30)), later, SEOUL);

        assertThat(tool.run(ToolCall.of("calendar", "create_confirmed"), afterExpiry).text())
                .isEqualTo(Msg.DRAFT_EXPIRED.text());
        assertThat(calendar.events(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-04"), SEOUL)).isEmpty();
    }

    @Test
    void another_user_cannot_confirm_the_owners_draft() {
        run("create_draft", "title", "회의", "date", "2026-12-04", "time", "10:00");
        ToolContext stranger = new ToolContext(CHAT, "someone-else", true, drafts, clock, SEOUL);

        assertThat(tool.run(ToolCall.of("calendar", "create_confirmed"), stranger).text())
                .isEqualTo(Msg.DRAFT_OTHER_USER.text());
        assertThat(drafts.pending(CHAT)).as("the owner can still confirm").isPresent();
    }

    @Test
    void search_groups_events_by_day_with_weekday_and_includes_both_ends() {
        event("월요 회의", "2026-11-30", "09:00", "10:00");
        event("출장", "2026-12-01", null, null);
        event("저녁 약속", "2026-12-06", "19:00", "21:00");
        event("범위 밖", "2026-12-07", "09:00", "10:00");

        assertThat(search("2026-11-30", "2026-12-06").text()).isEqualTo("""
                11월 30일 (월) ~ 12월 6일 (일) 일정이에요 (3개):

                11월 30일 (월)
                • 09:00–10:00  월요 회의

                12월 1일 (화)
                • 종일  출장

                12월 6일 (일)
                • 19:00–21:00  저녁 약속""");
    }

    @Test
    void search_shows_the_year_of_dates_outside_this_year() {
        event("신년회", "2027-01-05", "18:00", "20:00");

        assertThat(search("2026-12-28", "2027-01-10").text())
                .startsWith("12월 28일 (월) ~ 2027년 1월 10일 (일) 일정이에요 (1개):")
                .contains("2027년 1월 5일 (화)\n• 18:00–20:00  신년회");
    }

    @Test
    void search_of_an_empty_range_says_so() {
        assertThat(search("2026-12-10", "2026-12-12").text()).isEqualTo("12월 10일 (목) ~ 12월 12일 (토)에는 일정이 없어요.");
        assertThat(run("search", "date_from", "2026-12-10").text()).isEqualTo("12월 10일 (목)에는 일정이 없어요.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-30 | 2026-03-01 | '2026-02-30'은 올바른 날짜가 아니에요. 날짜를 YYYY-MM-DD 형식으로 알려 주시겠어요?
            12/3       | 2026-12-05 | '12/3'은 올바른 날짜가 아니에요. 날짜를 YYYY-MM-DD 형식으로 알려 주시겠어요?
            2026-12-10 | 2026-12-01 | 기간의 끝(2026-12-01)이 시작(2026-12-10)보다 앞서요. 어느 기간의 일정을 찾을까요?
            2026-01-01 | 2027-01-02 | 한 번에 366일까지만 찾을 수 있어요. 기간을 줄여 주시겠어요?
            """)
    void a_bad_search_range_is_answered_with_a_question(String from, String to, String question) {
        assertThatThrownBy(() -> search(from, to))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ToolFailure.Kind.BAD_INPUT);
                    assertThat(failure.userMessage()).isEqualTo(question);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            회의 | 2026-12-04 | 25:00 | -     | '25:00'은 올바른 시간이 아니에요. 시간을 HH:MM 형식(예: 15:00)으로 알려 주시겠어요?
            회의 | 2026-12-04 | 3pm   | -     | '3pm'은 올바른 시간이 아니에요. 시간을 HH:MM 형식(예: 15:00)으로 알려 주시겠어요?
            회의 | 2026-12-04 | 15:00 | 14:00 | 끝나는 시간(14:00)은 시작 시간(15:00)보다 늦어야 해요. 몇 시에 끝나나요? (자정을 넘는 일정은 아직 만들 수 없어요.)
            회의 | 2026-12-04 | -     | 14:00 | 끝나는 시간만 있어요. 몇 시에 시작하나요?
            -    | 2026-12-04 | 15:00 | -     | 일정 제목이 빠졌어요. 어떤 일정인가요?
            회의 | -          | 15:00 | -     | 날짜가 빠졌어요. 언제로 할까요? 날짜를 YYYY-MM-DD 형식으로 알려 주세요.
            회의 | 내일        | 15:00 | -     | '내일'은 올바른 날짜가 아니에요. 날짜를 YYYY-MM-DD 형식으로 알려 주시겠어요?
            """)
    void a_bad_draft_is_answered_with_a_question_and_stores_nothing(String title, String date, String time,
                                                                   String end, String question) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", title);
        params.put("date", date);
        params.put("time", time);
        params.put("end_time", end);
        params.values().removeIf(java.util.Objects::isNull); // as if the model left them out

        assertThatThrownBy(() -> tool.run(new ToolCall("calendar", "create_draft", params), owner))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ToolFailure.Kind.BAD_INPUT);
                    assertThat(failure.userMessage()).isEqualTo(question);
                });
        assertThat(drafts.pending(CHAT)).isEmpty();
    }

    @Test
    void a_newer_draft_replaces_the_older_one() {
        run("create_draft", "title", "첫 초안", "date", "2026-12-04", "time", "10:00");
        run("create_draft", "title", "둘째 초안", "date", "2026-12-04", "time", "11:00");

        assertThat(run("create_confirmed").text()).startsWith("일정을 만들었어요: 둘째 초안");
        assertThat(search("2026-12-04", "2026-12-04").text()).doesNotContain("첫 초안");
    }

    private void event(String title, String date, String start, String end) {
        EventDraft draft = new EventDraft(title, LocalDate.parse(date), start == null ? null : LocalTime.parse(start),
                end == null ? null : LocalTime.parse(end), "");
        calendar.create(UUID.randomUUID().toString(), draft, SEOUL);
    }

    private ToolResult search(String from, String to) {
        return run("search", "date_from", from, "date_to", to);
    }

    private ToolResult run(String operation, String... keyValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return tool.run(new ToolCall("calendar", operation, params), owner);
    }
}
