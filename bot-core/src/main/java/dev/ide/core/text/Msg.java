package dev.ide.core.text;

import java.util.Locale;

/**
 * The Korean message catalogue: every sentence a user reads, in one place. Templates use {@link String#format}
 * placeholders. Sections are grouped by who says them.
 */
public enum Msg {
    // --- commands and help
    START("안녕하세요! 저는 이드예요. 궁금한 것을 물어보시거나, 일정·메일·문서를 찾아 달라고 해 주세요.\n명령어는 /help 로 볼 수 있어요."),
    HELP("""
            이드가 할 수 있는 일이에요:
            • 대화와 질문 — 그냥 말을 걸어 주세요.
            • 일정 — "오늘 일정", "이번주 일정", "내일 3시 회의 잡아줘"
            • 메일 — "최근 메일", "메일 검색 견적서"
            • 문서 — "문서 찾아줘 회의록"
            명령어: /start, /help, /status (모델 상태), /reset (대화 기록 지우기), /cancel (진행 중인 답변과 일정 초안 취소)"""),
    RESET_DONE("대화 기록과 일정 초안을 지웠어요. 새로 시작해요!"),
    CANCEL_DONE("진행 중이던 작업을 취소했어요."),
    CANCEL_DRAFT_DONE("일정 초안을 취소했어요."),
    CANCEL_NOTHING("취소할 작업이 없어요."),

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
    REASONER_BUSY("%s 모델이 지금 %s 상태예요. 대기열 %d번째로 처리할게요."),
    REASONER_DOWN_WAITING("%s 모델이 지금 꺼져 있어요. 대기열 %d번째로, 돌아오면 바로 답변할게요."),
    REASONER_CANCELLED("답변을 취소했어요."),
    EMPTY_ANSWER("죄송해요, 모델이 빈 답변을 보냈어요. 다시 물어봐 주세요."),
    INTERNAL_ERROR("죄송해요, 처리하는 중에 문제가 생겼어요. 잠시 후 다시 시도해 주세요."),
    TOOL_FAILED("지금 %s에 연결할 수 없어요. 잠시 후 다시 시도해 주세요."),

    // --- degraded mode
    DEGRADED_NOTICE("(%s 모델을 쓸 수 없어서 간단한 규칙으로 처리했어요.)"),

    // --- tool names as users read them
    TOOL_NAME_CALENDAR("캘린더"),
    TOOL_NAME_EMAIL("메일"),
    TOOL_NAME_DOCUMENT("문서"),
    ;

    private final String template;

    Msg(String template) {
        this.template = template;
    }

    /** The sentence as it is. */
    public String text() {
        return template;
    }

    /** The sentence with its placeholders filled. */
    public String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
