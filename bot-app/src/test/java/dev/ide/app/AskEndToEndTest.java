package dev.ide.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.testing.FakeModelServer;
import dev.ide.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bot through {@code ide-bot ask}, with loopback fake models and a real H2 database on disk. */
class AskEndToEndTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dataDir;

    private final FakeModelServer classifier = new FakeModelServer().start();
    private final FakeModelServer reasoner = new FakeModelServer().start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"), SEOUL);
    private final Map<String, String> env = new HashMap<>();


    @BeforeEach
    void configure() {
        env.putAll(Cli.environment(classifier, reasoner, dataDir));
        env.put("EXAONE_TIMEOUT", "5");
        env.put("REASONING_TIMEOUT", "5");
    }

    @AfterEach
    void stop() {
        classifier.close();
        reasoner.close();
    }

    private Cli.Result ide(String... args) {
        return Cli.run(env, clock, args);
    }

    private String ask(String text) {
        Cli.Result r = ide("ask", text);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    private void classifierSays(String json) {
        classifier.replying(json);
    }

    private static String draftJson(String title, LocalDate date, String time) {
        return "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_draft\",\"params\":{\"title\":\""
                + title + "\",\"date\":\"" + date + "\",\"time\":\"" + time + "\"}}";
    }

    @Test
    void direct_and_clarify_answers_come_from_the_classifier() {
        classifierSays("{\"action\":\"direct\",\"response\":\"안녕하세요! 저는 이드예요.\"}");
        assertThat(ask("안녕")).isEqualTo("안녕하세요! 저는 이드예요.");
        classifierSays("{\"action\":\"clarify\",\"response\":\"어떤 회의를 말씀하시는 건가요?\"}");
        assertThat(ask("그 회의 어떻게 됐어?")).isEqualTo("어떤 회의를 말씀하시는 건가요?");
        assertThat(classifier.completions().get(0).systemPrompt()).startsWith("너는 AI 라우터다.");
        assertThat(classifier.completions().get(0).temperature()).isEqualTo(0.3);
    }

    @Test
    void a_routed_question_gets_the_reasoners_whole_streamed_answer() {
        classifierSays("{\"action\":\"route\",\"prompt\":\"양자역학의 핵심 개념을 쉽게 설명\"}");
        String answer = "양자역학은 아주 작은 입자들의 세계를 설명하는 이론이에요. 관측하기 전까지는 여러 상태가 겹쳐 있어요.";
        reasoner.replying(answer);
        assertThat(ask("양자역학 설명해줘")).isEqualTo(answer);
        FakeModelServer.Completion call = reasoner.completions().get(0);
        assertThat(call.stream()).isTrue();
        assertThat(call.systemPrompt()).isEqualTo("너는 '이드'라는 이름의 상냥하고 친근한 AI 어시스턴트야. "
                + "간결하고 자연스럽게 대화해. 질문에는 핵심만 명확하게 답해. "
                + "불필요한 구조화(번호 매기기, 헤더, 마크다운)는 피하고, 대화하듯 편하게 답변해.");
        assertThat(call.lastUserMessage()).isEqualTo("양자역학의 핵심 개념을 쉽게 설명");
    }

    @Test
    void a_draft_confirmed_once_creates_exactly_one_event_shown_in_todays_schedule() {
        LocalDate today = LocalDate.now(clock.withZone(SEOUL));
        classifierSays(draftJson("팀 회의", today, "15:00"));
        String preview = ask("오늘 3시 팀 회의 잡아줘");
        assertThat(preview).contains("팀 회의", "15:00", "16:00");
        int callsBefore = classifier.completionCount();

        assertThat(ask("확인")).contains("만들었어요");
        assertThat(classifier.completionCount()).as("the fast path asks no model").isEqualTo(callsBefore);

        classifierSays("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_confirmed\"}");
        assertThat(ask("확인")).contains("확인할 일정 초안이 없어요");

        classifierSays("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"today\"}");
        String schedule = ask("오늘 일정 알려줘");
        assertThat(schedule).contains("팀 회의", "15:00");
        assertThat(schedule.split("팀 회의", -1)).hasSize(2);
    }

    @Test
    void a_refused_draft_is_discarded_and_an_expired_one_is_not_created() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(SEOUL)).plusDays(1);
        classifierSays(draftJson("치과", tomorrow, "10:00"));
        ask("내일 10시 치과 예약 넣어줘");
        assertThat(ask("취소")).contains("취소했어요");

        classifierSays(draftJson("점심 약속", tomorrow, "12:00"));
        ask("내일 12시 점심 약속");
        clock.advance(Duration.ofMinutes(31));
        classifierSays("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_confirmed\"}");
        String late = ask("확인");
        assertThat(late).doesNotContain("만들었어요");
        classifierSays("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"search\",\"params\":{\"date_from\":\""
                + tomorrow + "\",\"date_to\":\"" + tomorrow + "\"}}");
        assertThat(ask("내일 일정")).doesNotContain("점심 약속").doesNotContain("치과");
    }

    @Test
    void a_pending_draft_and_the_history_survive_a_restart() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(SEOUL)).plusDays(1);
        classifierSays(draftJson("독서 모임", tomorrow, "19:00"));
        ask("내일 저녁 7시 독서 모임");
        // every ask is a new process-like start: new Wiring, database reopened from disk
        assertThat(ask("네")).contains("만들었어요", "독서 모임");
        classifierSays("{\"action\":\"direct\",\"response\":\"네, 기억해요.\"}");
        ask("내가 방금 뭐 했지?");
        String context = classifier.completions().get(classifier.completionCount() - 1).lastUserMessage();
        assertThat(context).contains("[대화 이력]", "독서 모임");
    }

    @Test
    void the_pending_draft_line_appears_in_the_history_only_while_a_draft_is_pending() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(SEOUL)).plusDays(1);
        classifierSays(draftJson("운동", tomorrow, "07:00"));
        ask("내일 아침 7시 운동");
        classifierSays("{\"action\":\"direct\",\"response\":\"네!\"}");
        ask("그거 몇 시였지?");
        assertThat(classifier.completions().get(1).lastUserMessage()).contains("pending_draft", "운동");
        ask("/reset");
        ask("안녕");
        assertThat(classifier.completions().get(2).lastUserMessage()).doesNotContain("pending_draft");
    }

    @Test
    void sending_mail_is_politely_refused() {
        classifierSays("{\"action\":\"tools\",\"tool\":\"email\",\"operation\":\"send\",\"params\":{\"to\":\"boss@example.com\"}}");
        assertThat(ask("팀장님께 메일 보내줘")).contains("메일 보내기는 할 수 없어요");
    }

    @Test
    void unconfigured_mail_and_unknown_tools_answer_clearly() {
        classifierSays("{\"action\":\"tools\",\"tool\":\"email\",\"operation\":\"search\",\"params\":{\"query\":\"\"}}");
        assertThat(ask("최근 메일")).contains("설정되지 않았어요");
        classifierSays("{\"action\":\"tools\",\"tool\":\"weather\",\"operation\":\"today\"}");
        assertThat(ask("오늘 날씨")).contains("할 수 없는 일");
    }

    @Test
    void every_command_answers_without_a_model_call() {
        assertThat(ask("/start")).contains("이드");
        assertThat(ask("/help")).contains("/status", "/reset", "/cancel");
        assertThat(ask("/reset")).contains("지웠어요");
        assertThat(ask("/cancel")).contains("취소할 작업이 없어요");
        assertThat(ask("/status")).contains("EXAONE", "Gemma4");
        assertThat(classifier.completionCount() + reasoner.completionCount()).isZero();
    }

    @Test
    void an_empty_message_is_a_usage_error_not_a_question() {
        Cli.Result r = ide("ask", "   ");
        assertThat(r.exit()).isEqualTo(Main.CONFIG_ERROR);
        assertThat(r.err()).contains("Usage: ide-bot ask");
        assertThat(r.out()).isEmpty();
        assertThat(classifier.completionCount()).isZero();
    }

    @Test
    void a_huge_message_is_cut_with_a_notice_and_not_sent_whole() {
        classifierSays("{\"action\":\"direct\",\"response\":\"잘 읽었어요.\"}");
        String out = ask("가".repeat(100_000));
        assertThat(out).contains("앞부분", "잘 읽었어요.");
        assertThat(classifier.completions().get(0).lastUserMessage().length()).isLessThan(6_000);
    }

    @Test
    void invalid_dates_and_times_from_the_model_get_a_clarifying_question() {
        classifierSays("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_draft\",\"params\":"
                + "{\"title\":\"회의\",\"date\":\"2026-13-45\",\"time\":\"25:99\"}}");
        assertThat(ask("회의 잡아줘")).contains("YYYY-MM-DD");
        classifierSays("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_draft\",\"params\":"
                + "{\"title\":\"회의\",\"date\":\"2026-12-05\",\"time\":\"3시\"}}");
        assertThat(ask("12월 5일 회의")).contains("HH:MM");
    }

    @Test
    void a_model_that_is_down_gets_a_clear_korean_reply_and_exit_status_zero() {
        classifier.close();
        Cli.Result r = ide("ask", "양자역학이 뭐야?");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("EXAONE", "연결할 수 없어서");
        assertThat(r.out()).doesNotContain("Exception");
    }

    @Test
    void a_bad_setting_stops_with_one_line_naming_it_and_exit_status_two() {
        env.put("EXAONE_TIMEOUT", "soon");
        Cli.Result r = ide("ask", "안녕");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("configuration error: EXAONE_TIMEOUT must be a whole number greater than 0");
    }

    @Test
    void a_bad_calendar_or_mail_timeout_stops_with_one_line_naming_it() {
        env.put("CALDAV_URL", "http://127.0.0.1:9/owner/calendar/");
        env.put("CALDAV_TIMEOUT", "0");
        Cli.Result caldav = ide("ask", "안녕");
        assertThat(caldav.exit()).isEqualTo(2);
        assertThat(caldav.err().strip())
                .isEqualTo("configuration error: CALDAV_TIMEOUT must be a whole number greater than 0");

        env.remove("CALDAV_TIMEOUT");
        env.put("IMAP_HOST", "127.0.0.1");
        env.put("IMAP_USERNAME", "owner");
        env.put("IMAP_PASSWORD", "pw");
        env.put("IMAP_TIMEOUT", "soon");
        Cli.Result imap = ide("ask", "안녕");
        assertThat(imap.exit()).isEqualTo(2);
        assertThat(imap.err().strip())
                .isEqualTo("configuration error: IMAP_TIMEOUT must be a whole number greater than 0");
    }

    @Test
    void status_json_has_the_seeds_field_names() {
        classifier.status(1, 10);
        Cli.Result r = ide("status", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"classifier\"", "\"reasoner\"", "\"load\"", "\"source\"", "\"active_jobs\"",
                "\"total_requests\"", "\"health_ms\"", "\"health_baseline_ms\"", "\"inference_ms\"", "\"measured\"",
                "\"latency_ms\"", "\"healthy\"");
    }
}
