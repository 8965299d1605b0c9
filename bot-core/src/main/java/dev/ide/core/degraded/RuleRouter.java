package dev.ide.core.degraded;

import dev.ide.core.tool.ToolCall;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule-based router for when the classifier is unavailable (product §6): plain tool requests only. It never
 * answers a question itself; what it does not recognise is left to the caller to refuse honestly.
 */
public final class RuleRouter {

    private static final Pattern TODAY = Pattern.compile("오늘\\s*(의\\s*)?(일정|스케[줄쥴]|약속)");
    private static final Pattern TOMORROW = Pattern.compile("내일\\s*(의\\s*)?(일정|스케[줄쥴]|약속)");
    private static final Pattern THIS_WEEK = Pattern.compile("이번\\s*주\\s*(의\\s*)?(일정|스케[줄쥴]|약속)");
    private static final Pattern NEXT_WEEK = Pattern.compile("다음\\s*주\\s*(의\\s*)?(일정|스케[줄쥴]|약속)");
    private static final Pattern MAIL_SEARCH = Pattern.compile("(?:메일|이메일)\\s*(?:검색|찾기|찾아\\s*줘?)\\s*[:：]?\\s*(.+)");
    private static final Pattern MAIL_SEARCH_BEFORE = Pattern.compile("(.+?)\\s*(?:관련\\s*)?(?:메일|이메일)\\s*(?:검색|찾아\\s*줘?|찾기)");
    private static final Pattern RECENT_MAIL = Pattern.compile("(최근|새|받은|온)\\s*(메일|이메일)|메일\\s*(확인|목록|보여)");
    private static final Pattern DOC_SEARCH = Pattern.compile("문서\\s*(?:검색|찾기|찾아\\s*줘?)\\s*[:：]?\\s*(.+)");
    private static final Pattern DOC_SEARCH_BEFORE = Pattern.compile("(.+?)\\s*(?:관련\\s*)?문서\\s*(?:검색|찾아\\s*줘?|찾기)");

    /** A tool call for a plainly worded request, or empty. */
    public Optional<ToolCall> route(String text, LocalDate today) {
        String t = text.strip();
        if (TODAY.matcher(t).find()) {
            return Optional.of(ToolCall.of("calendar", "today"));
        }
        if (TOMORROW.matcher(t).find()) {
            LocalDate d = today.plusDays(1);
            return Optional.of(search(d, d));
        }
        if (THIS_WEEK.matcher(t).find()) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(search(monday, monday.plusDays(6)));
        }
        if (NEXT_WEEK.matcher(t).find()) {
            LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return Optional.of(search(monday, monday.plusDays(6)));
        }
        Optional<String> docQuery = query(DOC_SEARCH, t).or(() -> query(DOC_SEARCH_BEFORE, t));
        if (docQuery.isPresent()) {
            return Optional.of(new ToolCall("document", "search", Map.of("query", docQuery.get())));
        }
        Optional<String> mailQuery = query(MAIL_SEARCH, t).or(() -> query(MAIL_SEARCH_BEFORE, t));
        if (mailQuery.isPresent() && !RECENT_MAIL.matcher(mailQuery.get()).find()) {
            return Optional.of(new ToolCall("email", "search", Map.of("query", mailQuery.get(), "days", 30)));
        }
        if (RECENT_MAIL.matcher(t).find()) {
            return Optional.of(new ToolCall("email", "search", Map.of("query", "", "days", 7)));
        }
        return Optional.empty();
    }

    private static ToolCall search(LocalDate from, LocalDate to) {
        return new ToolCall("calendar", "search", Map.of("date_from", from.toString(), "date_to", to.toString()));
    }

    private static Optional<String> query(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String q = m.group(1).replaceAll("[\"'“”‘’?？!.]", "").strip();
        return q.isEmpty() || q.length() > 100 ? Optional.empty() : Optional.of(q);
    }
}
