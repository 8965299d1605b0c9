package dev.ide.core.text;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The Korean message catalogue: every sentence a user reads, in one place. Templates use {@link String#format}
 * placeholders. Sections are grouped by who says them.
 */
public enum Msg {
    // --- commands and help
    /** %s: how the help command is typed on this platform. */
    START("안녕하세요! 저는 이드예요. 궁금한 것을 물어보시거나, 일정·메일·문서를 찾아 달라고 해 주세요.\n명령어는 %s 로 볼 수 있어요."),
    /** Use {@link #help}: the placeholders are the commands as typed on the platform. */
    HELP("""
            이드가 할 수 있는 일이에요:
            • 대화와 질문 — 그냥 말을 걸어 주세요.
            • 일정 — "오늘 일정", "이번주 일정", "내일 3시 회의 잡아줘"
            • 메일 — "최근 메일", "메일 검색 견적서"
            • 문서 — "문서 찾아줘 회의록"
            명령어: %s, %s, %s (모델 상태), %s (대화 기록 지우기), %s (진행 중인 답변과 일정 초안 취소)"""),
    RESET_DONE("대화 기록과 일정 초안을 지웠어요. 새로 시작해요!"),
    CANCEL_DONE("진행 중이던 작업을 취소했어요."),
    CANCEL_DRAFT_DONE("일정 초안을 취소했어요."),
    CANCEL_NOTHING("취소할 작업이 없어요."),
    /** %s: how the help command is typed on this platform. */
    UNKNOWN_COMMAND("모르는 명령어예요. %s 로 쓸 수 있는 명령어를 볼 수 있어요."),

    // --- authorization and input
    NOT_ALLOWED("죄송해요, 이 봇은 허용된 사용자만 쓸 수 있어요."),
    EMPTY_MESSAGE("메시지가 비어 있어요. 무엇을 도와드릴까요?"),
    TOO_LONG("메시지가 너무 길어서 앞부분 %,d자만 읽었어요."),
    TEXT_ONLY("죄송해요, 아직은 텍스트 메시지만 이해할 수 있어요."),
    TOO_MANY_WAITING("메시지가 너무 많이 밀려 있어요. 앞의 답변이 끝난 뒤에 다시 보내 주세요."),
    GROUP_PRIVATE_TOOL("일정, 메일, 문서는 개인 정보라서 1:1 대화에서만 도와드릴 수 있어요."),
    LATE_ANSWER("(잠시 중단되었다가 다시 시작해서 답변이 늦었어요.)"),

    // --- drafts
    BUTTON_CONFIRM("확인"),
    BUTTON_CANCEL("취소"),
    DRAFT_NONE("확인할 일정 초안이 없어요."),
    DRAFT_EXPIRED("일정 초안이 만료되었어요. 다시 요청해 주세요."),
    DRAFT_OTHER_USER("이 일정 초안은 다른 분이 만든 것이라 확인할 수 없어요."),
    DRAFT_DISCARDED("일정 초안을 취소했어요."),
    DRAFT_STALE_BUTTON("이 버튼은 더 이상 유효하지 않아요. (초안이 만료되었거나 새 초안으로 바뀌었어요.)"),
    DRAFT_HOW_TO_CONFIRM("맞으면 \"확인\", 아니면 \"취소\"라고 답해 주세요."),

    // --- classification and dispatch
    MAIL_SEND_REFUSED("죄송해요, 메일 보내기는 할 수 없어요. 메일은 읽기만 도와드릴 수 있어요."),
    UNKNOWN_TOOL("죄송해요, 그 요청은 제가 할 수 없는 일이에요."),
    UNKNOWN_OPERATION("죄송해요, %s 도구로는 그 작업을 할 수 없어요."),
    CLASSIFIER_UNAVAILABLE("지금 %s 모델에 연결할 수 없어서 답변하기 어려워요. 잠시 후 다시 시도해 주세요."),
    CLASSIFIER_UNREADABLE("죄송해요, 요청을 제대로 이해하지 못했어요. 조금 다르게 말씀해 주시겠어요?"),
    REASONER_UNAVAILABLE("지금 %s 모델에 연결할 수 없어요. 잠시 후 다시 시도해 주세요."),
    REASONER_TIMEOUT("%s 모델이 제한 시간 안에 답하지 못했어요. 잠시 후 다시 시도해 주세요."),
    REASONER_CUT("(답변이 중간에 끊겼어요. 다시 물어봐 주세요.)"),
    REASONER_BUSY("%s 모델이 지금 바쁜 상태예요. 대기열 %d번째로 처리할게요."),
    REASONER_VERY_BUSY("%s 모델이 지금 매우 바쁜 상태예요. 대기열 %d번째로 처리할게요."),
    REASONER_DOWN_WAITING("%s 모델이 지금 꺼져 있어요. 대기열 %d번째로, 돌아오면 바로 답변할게요."),
    REASONER_CANCELLED("답변을 취소했어요."),
    EMPTY_ANSWER("죄송해요, 모델이 빈 답변을 보냈어요. 다시 물어봐 주세요."),
    INTERNAL_ERROR("죄송해요, 처리하는 중에 문제가 생겼어요. 잠시 후 다시 시도해 주세요."),
    /** An adapter could not hand a message to the pipeline (e.g. the database is down) and gave up on it. */
    MESSAGE_NOT_TAKEN("죄송해요, 잠시 문제가 생겨서 방금 보내신 메시지를 받지 못했어요. 잠시 후 다시 보내 주세요."),
    /** The same, for a button press. */
    PRESS_NOT_TAKEN("죄송해요, 잠시 문제가 생겨서 방금 누르신 버튼을 처리하지 못했어요. 잠시 후 다시 눌러 주세요."),
    TOOL_FAILED("지금 %s에 연결할 수 없어요. 잠시 후 다시 시도해 주세요."),

    // --- degraded mode
    DEGRADED_NOTICE("(%s 모델을 쓸 수 없어서 간단한 규칙으로 처리했어요.)"),

    // --- tool names as users read them
    TOOL_NAME_CALENDAR("캘린더"),
    TOOL_NAME_EMAIL("메일"),
    TOOL_NAME_DOCUMENT("문서"),

    // --- calendar (tools/calendar)
    CAL_DATE("%d월 %d일 (%s)"),
    CAL_DATE_YEAR("%d년 %d월 %d일 (%s)"),
    /** %s: the date, as in a one-day listing's header. */
    CAL_DAY_TODAY("오늘 %s"),
    CAL_DAY_TOMORROW("내일 %s"),
    CAL_ALL_DAY("종일"),
    CAL_NO_TITLE("(제목 없음)"),
    CAL_TIME_RANGE("%s–%s"),
    CAL_TIME_ON_DATE("%s %s"),
    CAL_WITH_LOCATION("%s (%s)"),
    CAL_EVENT_LINE("• %s  %s"),
    CAL_TODAY_HEADER("오늘 %s 일정이에요 (%d개):"),
    CAL_TODAY_NONE("오늘은 일정이 없어요."),
    CAL_SEARCH_HEADER("%s ~ %s 일정이에요 (%d개):"),
    CAL_SEARCH_HEADER_DAY("%s 일정이에요 (%d개):"),
    CAL_SEARCH_NONE("%s ~ %s에는 일정이 없어요."),
    CAL_SEARCH_NONE_DAY("%s에는 일정이 없어요."),
    CAL_SEARCH_MORE("(이 밖에 %d개가 더 있어요. 기간을 좁혀서 찾아 주세요.)"),
    CAL_DRAFT_HEADER("이 일정을 만들까요?"),
    CAL_DRAFT_TITLE("제목: %s"),
    CAL_DRAFT_WHEN("일시: %s"),
    CAL_DRAFT_DESCRIPTION("메모: %s"),
    CAL_DRAFT_OVERLAP("⚠️ 이 시간에 이미 일정이 있어요: %s"),
    CAL_DRAFT_OVERLAP_UNKNOWN("(지금 캘린더에 연결할 수 없어서 겹치는 일정은 확인하지 못했어요.)"),
    CAL_DRAFT_PAST("⚠️ 이미 지난 시간이에요. 날짜가 맞는지 확인해 주세요."),
    CAL_DRAFT_SUMMARY("일정 초안: %s, %s"),
    CAL_CREATED("일정을 만들었어요: %s, %s"),
    CAL_CREATE_RETRY("%s 일정 초안은 그대로 있으니 잠시 후 다시 \"확인\"해 주세요."),
    CAL_DATE_MISSING("날짜가 빠졌어요. 언제로 할까요? 날짜를 YYYY-MM-DD 형식으로 알려 주세요."),
    CAL_DATE_INVALID("'%s'은(는) 올바른 날짜가 아니에요. 날짜를 YYYY-MM-DD 형식으로 알려 주시겠어요?"),
    CAL_TIME_INVALID("'%s'은(는) 올바른 시간이 아니에요. 시간을 HH:MM 형식(예: 15:00)으로 알려 주시겠어요?"),
    CAL_END_WITHOUT_START("끝나는 시간만 있어요. 몇 시에 시작하나요?"),
    CAL_END_NOT_AFTER_START("끝나는 시간(%s)은 시작 시간(%s)보다 늦어야 해요. 몇 시에 끝나나요? (자정을 넘는 일정은 아직 만들 수 없어요.)"),
    CAL_TITLE_MISSING("일정 제목이 빠졌어요. 어떤 일정인가요?"),
    CAL_TITLE_TOO_LONG("일정 제목이 너무 길어요. %d자 이내로 줄여 주시겠어요?"),
    CAL_DESCRIPTION_TOO_LONG("메모가 너무 길어요. %d자 이내로 줄여 주시겠어요?"),
    CAL_RANGE_REVERSED("기간의 끝(%s)이 시작(%s)보다 앞서요. 어느 기간의 일정을 찾을까요?"),
    CAL_RANGE_TOO_LONG("한 번에 %d일까지만 찾을 수 있어요. 기간을 줄여 주시겠어요?"),
    CALDAV_AUTH_FAILED("캘린더 로그인 실패: 캘린더 서버(%s)가 아이디나 비밀번호를 받아들이지 않았어요. CALDAV_USERNAME과 CALDAV_PASSWORD(iCloud 등은 앱 암호)를 확인해 주세요."),
    CALDAV_FORBIDDEN("캘린더 서버(%s)가 접근을 거부했어요 (권한 없음). 이 계정이 CALDAV_URL의 캘린더를 쓸 수 있는지 확인해 주세요."),
    CALDAV_NOT_FOUND("캘린더를 찾을 수 없어요 (404). CALDAV_URL이 캘린더 컬렉션 주소인지 확인해 주세요."),
    CALDAV_SERVER_ERROR("캘린더 서버(%s)에 문제가 생겼어요 (HTTP %d). 잠시 후 다시 시도해 주세요."),
    CALDAV_UNEXPECTED("캘린더 서버(%s)가 예상하지 못한 응답을 보냈어요 (HTTP %d). CALDAV_URL이 CalDAV 캘린더 주소인지 확인해 주세요."),
    CALDAV_BAD_RESPONSE("캘린더 서버(%s)의 응답을 읽을 수 없어요. CALDAV_URL이 CalDAV 캘린더 주소인지 확인해 주세요."),
    CALDAV_TIMEOUT("캘린더 서버(%s)가 제한 시간 안에 답하지 않았어요. 잠시 후 다시 시도해 주세요."),
    CALDAV_TLS_FAILED("캘린더 서버(%s)와 보안 연결(HTTPS)을 맺지 못했어요. CALDAV_URL과 서버 인증서를 확인해 주세요."),
    CALDAV_UNREACHABLE("지금 캘린더 서버(%s)에 연결할 수 없어요. 잠시 후 다시 시도해 주세요."),
    /** %s: the server's host. CALDAV_URL names a server root, a user's folder or one event file, not a calendar. */
    CALDAV_NOT_A_CALENDAR("CALDAV_URL이 캘린더가 아닌 주소를 가리키고 있어요 (캘린더 서버 %s). 서버 주소나 사용자 주소가 아니라 캘린더 하나의 주소(예: …/사용자/캘린더/)로 바꿔 주세요."),
    /** %d: how many calendars were found near CALDAV_URL; their addresses are in the log. */
    CALDAV_CALENDARS_LOGGED("이 계정에서 찾은 캘린더 %d개의 주소를 로그에 남겼으니 그중 하나를 쓰시면 돼요."),

    // --- registry / status (core/registry: the /status text)
    STATUS_TITLE("이드 상태예요."),
    STATUS_ROLE_CLASSIFIER("분류 모델"),
    STATUS_ROLE_REASONER("추론 모델"),
    STATUS_MODEL("[%s] %s · %s"),
    STATUS_UP("  상태: 정상 (응답 %,.0fms)"),
    STATUS_DOWN("  상태: 응답 없음"),
    STATUS_NOT_CHECKED("  상태: 아직 확인 전이에요"),
    STATUS_LOAD_API("  부하: %s (상태 API 기준 · 처리 중 %d건 · 누적 요청 %,d건)"),
    /** The backend's /status sent no usable total_requests. */
    STATUS_LOAD_API_NO_TOTAL("  부하: %s (상태 API 기준 · 처리 중 %d건 · 누적 요청 알 수 없음)"),
    /** %s: the load word (매우 바쁨); the number: how long the one-token probe waited before giving up. */
    STATUS_LOAD_PROBE_TIMEOUT("  부하: %s (응답 속도로 추정 · 추론 %,.0fms 동안 응답 없음)"),
    STATUS_LOAD_PROBE_FAILED("  부하: 알 수 없음 (추론 확인 요청이 실패했어요)"),
    STATUS_LOAD_UNKNOWN_PLAIN("  부하: 알 수 없음"),
    STATUS_LOAD_MEASURED("  부하: %s (응답 속도로 추정 · 추론 %,.0fms)"),
    STATUS_LOAD_ESTIMATED("  부하: %s (응답 속도로 추정)"),
    STATUS_LOAD_UNKNOWN("  부하: 알 수 없음 (모델이 응답하지 않아요)"),
    STATUS_QUEUE("[이드 대기열] 처리 중 %d · 대기 %d · 완료 %,d · 실패 %,d"),
    STATUS_UPTIME("[가동 시간] %s"),
    /** ide-bot status, a separate process: the unfinished (accepted, not yet answered) jobs in the job table. */
    STATUS_QUEUE_STORED("[이드 대기열] 답을 기다리는 메시지 %,d건 (저장된 작업 기준)"),
    STATUS_OUTSIDE_NOTE("실행 중인 봇의 처리 현황과 가동 시간은 채팅에서 /status 로 볼 수 있어요."),
    UPTIME_DAYS("%d일 %d시간"),
    UPTIME_HOURS("%d시간 %d분"),
    UPTIME_MINUTES("%d분 %d초"),
    UPTIME_SECONDS("%d초"),

    // --- mail (tools/mail)
    MAIL_NOT_CONFIGURED("메일이 설정되지 않았어요. 메일을 보려면 IMAP_HOST, IMAP_USERNAME, IMAP_PASSWORD를 설정해 주세요."),
    MAIL_DAYS_INVALID("며칠 동안의 메일을 찾을까요? 기간은 1부터 365 사이의 일 수로 알려 주세요. ('%s'은(는) 쓸 수 없어요.)"),
    MAIL_QUERY_TOO_LONG("메일 검색어가 너무 길어요. %d자 이내의 핵심 단어로 다시 말씀해 주세요."),
    MAIL_UID_MISSING("어떤 메일을 읽을까요? 메일 검색 결과에 나온 uid 번호를 알려 주세요."),
    MAIL_UID_INVALID("'%s'은(는) 올바른 메일 번호가 아니에요. 메일 검색 결과에 나온 uid 숫자를 알려 주세요."),
    MAIL_UID_NOT_FOUND("uid %d인 메일을 찾을 수 없어요. 지워졌거나 옮겨졌을 수 있으니 메일을 다시 검색해 주세요."),
    MAIL_LOGIN_FAILED("메일 로그인 실패: 메일 서버(%s)가 아이디나 비밀번호를 받아들이지 않았어요. IMAP_USERNAME과 IMAP_PASSWORD(Gmail 등은 앱 비밀번호)를 확인해 주세요."),
    MAIL_UNREACHABLE("지금 메일 서버(%s)에 연결할 수 없어요. 잠시 후 다시 시도해 주세요."),
    MAIL_TIMEOUT("메일 서버(%s)가 제한 시간 안에 답하지 않았어요. 잠시 후 다시 시도해 주세요."),
    MAIL_TLS_FAILED("메일 서버(%s)와 보안 연결(TLS)을 맺지 못했어요. IMAP_SECURITY와 IMAP_PORT 설정을 확인해 주세요."),
    MAIL_FOLDER_MISSING("메일함 '%s'을(를) 찾을 수 없어요. IMAP_FOLDER 설정을 확인해 주세요."),
    MAIL_SEARCH_HEADER_QUERY("최근 %d일 동안 '%s' 메일 검색 결과예요 (%d통, 최신순):"),
    MAIL_SEARCH_HEADER_RECENT("최근 %d일 동안 받은 메일이에요 (%d통, 최신순):"),
    MAIL_SEARCH_ITEM("%d. %s [uid %d]\n   %s · %s"),
    MAIL_SEARCH_MORE("(이 밖에 %d통이 더 있어요. 검색어나 기간을 좁히면 찾기 쉬워요.)"),
    MAIL_SEARCH_FOOTER("본문을 보려면 \"메일 %d 읽어줘\"처럼 uid로 말씀해 주세요."),
    MAIL_SEARCH_NONE_QUERY("최근 %d일 동안 '%s'이(가) 들어간 메일이 없어요. 기간을 늘리거나 다른 단어로 찾아볼까요?"),
    MAIL_SEARCH_NONE_RECENT("최근 %d일 동안 받은 메일이 없어요."),
    MAIL_NO_SUBJECT("(제목 없음)"),
    MAIL_NO_SENDER("(보낸 사람 없음)"),
    MAIL_NO_DATE("(날짜 없음)"),
    MAIL_DATE_PATTERN("M월 d일 (E) HH:mm"),
    MAIL_DATE_PATTERN_YEAR("yyyy년 M월 d일 (E) HH:mm"),
    MAIL_READ_SUBJECT("제목: %s"),
    MAIL_READ_FROM("보낸 사람: %s"),
    MAIL_READ_TO("받는 사람: %s"),
    MAIL_READ_CC("참조: %s"),
    MAIL_READ_DATE("날짜: %s"),
    MAIL_READ_ATTACHMENTS("첨부 파일 %d개: %s"),
    MAIL_READ_NO_BODY("(본문이 없어요.)"),
    MAIL_READ_CUT("(메일이 길어서 앞부분만 보여 드렸어요. 본문 %,d자 중 %,d자)"),
    MAIL_MORE_RECIPIENTS("%s 외 %d명"),
    MAIL_READ_SUMMARY("메일 읽음 [uid %d] %s — %s\n%s"),

    // --- telegram (bot-telegram: command menu descriptions registered with setMyCommands)
    TG_COMMAND_START("이드 소개"),
    TG_COMMAND_HELP("할 수 있는 일과 명령어"),
    TG_COMMAND_STATUS("모델 상태와 대기열"),
    TG_COMMAND_RESET("대화 기록과 일정 초안 지우기"),
    TG_COMMAND_CANCEL("진행 중인 답변과 일정 초안 취소"),

    // --- slack (bot-slack: the slash command's own usage line; %s is the command, e.g. /ide)
    SLACK_COMMAND_USAGE("사용법: %1$s status (모델 상태), %1$s reset (대화 기록 지우기), %1$s cancel (진행 중인 답변과 일정 초안 취소), %1$s help (도움말)"),

    // --- documents (tools/documents)
    DOC_QUERY_EMPTY("어떤 문서를 찾을까요? 검색어를 알려 주세요."),
    DOC_QUERY_TOO_LONG("검색어가 너무 길어요. %d자 이내의 핵심 단어로 다시 말씀해 주세요."),
    DOC_SEARCH_HEADER("'%s' 문서 검색 결과예요 (상위 %d건):"),
    DOC_SEARCH_HIT("%d. %s (%s) [ID: %s]"),
    DOC_SEARCH_FOOTER("자세히 보려면 \"문서 %s 읽어줘\"처럼 ID로 말씀해 주세요."),
    DOC_SEARCH_NONE("'%s'에 맞는 문서를 찾지 못했어요. 다른 단어로 찾아볼까요?"),
    DOC_INDEX_EMPTY("문서 폴더에 아직 읽을 수 있는 문서가 없어요. (Markdown, 텍스트, HTML, PDF 파일을 넣어 주세요.)"),
    DOC_SEARCH_SUMMARY("문서 검색 '%s': %s"),
    DOC_ID_MISSING("어떤 문서를 읽을까요? 검색 결과에 나온 문서 ID를 알려 주세요."),
    DOC_ID_INVALID("'%s'은(는) 올바른 문서 ID가 아니에요. 문서 ID는 검색 결과에 나온 12자리 영문·숫자예요."),
    DOC_NOT_FOUND("ID가 %s인 문서를 찾을 수 없어요. 지워졌거나 바뀌었을 수 있으니 다시 검색해 주세요."),
    DOC_READ_HEADER("%s (%s)"),
    DOC_READ_EMPTY("(이 문서에는 읽을 수 있는 글자가 없어요.)"),
    DOC_READ_CUT("(문서가 길어서 앞부분만 보여 드렸어요. 전체 %,d자 중 %,d자)"),
    DOC_READ_CUT_LARGE_FILE("(문서가 너무 커서 앞부분 %,d자만 보여 드렸어요. 파일 크기는 %s이고, 검색도 앞부분 %,d자까지만 돼요.)"),
    DOC_READ_SUMMARY("문서 읽음: %s [ID: %s]"),
    ;

    private final String template;

    Msg(String template) {
        this.template = template;
    }

    /** The sentence as it is. */
    public String text() {
        return template;
    }

    /**
     * The sentence with its placeholders filled. A template writes the topic particle after a filled-in word as
     * {@code 은(는)}; it becomes 은 or 는 to suit the word ({@link Particles}).
     */
    public String format(Object... args) {
        return Particles.resolve(String.format(Locale.ROOT, template, args));
    }

    /**
     * The help text with every command written as the platform's users type it ({@code "/status"} on Telegram,
     * {@code "/ide status"} on Slack).
     *
     * @param command gives the typed form of a command name such as {@code "status"}
     */
    public static String help(UnaryOperator<String> command) {
        return HELP.format(command.apply("start"), command.apply("help"), command.apply("status"),
                command.apply("reset"), command.apply("cancel"));
    }
}
