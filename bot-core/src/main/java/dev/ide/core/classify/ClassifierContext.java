package dev.ide.core.classify;

import dev.ide.core.drafts.EventDraft;
import dev.ide.core.drafts.PendingDraft;
import dev.ide.core.store.Turn;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The user turn sent to the classifier (product §1.7): {@code [현재 시간]}, {@code [대화 이력]} with the pending-draft
 * line while one is pending, then the message.
 */
public final class ClassifierContext {

    /** One history line is cut to this many characters: the classifier needs the gist, not whole answers. */
    static final int TURN_CHARS = 300;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ClassifierContext() {
    }

    public static String build(ZonedDateTime now, List<Turn> history, Optional<PendingDraft> pending, String message) {
        StringBuilder out = new StringBuilder(256 + message.length());
        out.append("[현재 시간] ")
                .append(now.format(DATE_TIME)).append(' ')
                .append(now.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.KOREAN)).append(' ')
                .append(now.getZone().getId()).append('\n');
        out.append("[대화 이력]\n");
        if (history.isEmpty() && pending.isEmpty()) {
            out.append("(없음)\n");
        }
        for (Turn turn : history) {
            out.append(turn.role() == Turn.Role.USER ? "사용자: " : "이드: ")
                    .append(cut(turn.text().replace('\n', ' '))).append('\n');
        }
        pending.ifPresent(draft -> out.append("pending_draft: ").append(describe(draft.event()))
                .append(" (사용자 확인 대기 중)\n"));
        out.append("[사용자 메시지]\n").append(message);
        return out.toString();
    }

    private static String describe(EventDraft event) {
        String when = event.allDay() ? event.date() + " 종일"
                : event.date() + " " + event.start() + "–" + event.end();
        return "\"" + event.title() + "\" " + when;
    }

    private static String cut(String text) {
        return text.length() <= TURN_CHARS ? text : text.substring(0, TURN_CHARS) + "…";
    }
}
