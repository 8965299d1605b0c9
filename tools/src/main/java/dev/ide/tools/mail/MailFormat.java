package dev.ide.tools.mail;

import dev.ide.core.text.Msg;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Mail as chat text: a few lines per search hit, and one mail cut to fit a chat message. */
final class MailFormat {

    /** Fits one Telegram message (4,096) with room to spare; Slack allows more. */
    static final int MAX_READ_CHARS = 3_500;
    private static final int MAX_SUBJECT_CHARS = 120;
    private static final int MAX_SENDER_CHARS = 80;
    private static final int MAX_RECIPIENTS_SHOWN = 5;
    private static final int MAX_ATTACHMENT_LINE_CHARS = 400;
    private static final int SUMMARY_BODY_CHARS = 800;

    private final ZoneId zone;
    private final Clock clock;
    private final DateTimeFormatter sameYear;
    private final DateTimeFormatter otherYear;

    MailFormat(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
        this.sameYear = DateTimeFormatter.ofPattern(Msg.MAIL_DATE_PATTERN.text(), Locale.KOREAN);
        this.otherYear = DateTimeFormatter.ofPattern(Msg.MAIL_DATE_PATTERN_YEAR.text(), Locale.KOREAN);
    }

    String searchResult(String query, int days, SearchPage page) {
        if (page.mails().isEmpty()) {
            return query.isEmpty() ? Msg.MAIL_SEARCH_NONE_RECENT.format(days)
                    : Msg.MAIL_SEARCH_NONE_QUERY.format(days, query);
        }
        List<String> lines = new ArrayList<>();
        lines.add(query.isEmpty() ? Msg.MAIL_SEARCH_HEADER_RECENT.format(days, page.total())
                : Msg.MAIL_SEARCH_HEADER_QUERY.format(days, query, page.total()));
        int n = 0;
        for (MailSummary mail : page.mails()) {
            lines.add(Msg.MAIL_SEARCH_ITEM.format(++n, oneLine(subject(mail.subject()), MAX_SUBJECT_CHARS),
                    mail.uid(), oneLine(sender(mail.from()), MAX_SENDER_CHARS), date(mail.date())));
        }
        if (page.total() > page.mails().size()) {
            lines.add(Msg.MAIL_SEARCH_MORE.format(page.total() - page.mails().size()));
        }
        lines.add(Msg.MAIL_SEARCH_FOOTER.format(page.mails().get(0).uid()));
        return String.join("\n", lines);
    }

    String mail(MailContent mail) {
        String head = headLines(mail);
        String body = mail.body().isBlank() ? Msg.MAIL_READ_NO_BODY.text() : mail.body();
        int budget = MAX_READ_CHARS - head.length() - 2;
        if (body.length() <= budget) {
            return head + "\n\n" + body;
        }
        String notice = Msg.MAIL_READ_CUT.format(body.length(), 0);
        String cut = BodyText.cut(body, Math.max(200, budget - notice.length() - 10));
        return head + "\n\n" + cut + "\n\n" + Msg.MAIL_READ_CUT.format(body.length(), cut.length());
    }

    /** What the conversation history keeps of a read mail: who, what, and the start of the body. */
    String readSummary(MailContent mail) {
        return Msg.MAIL_READ_SUMMARY.format(mail.uid(), subject(mail.subject()), sender(mail.from()),
                BodyText.cut(mail.body(), SUMMARY_BODY_CHARS));
    }

    private String headLines(MailContent mail) {
        List<String> lines = new ArrayList<>();
        lines.add(Msg.MAIL_READ_SUBJECT.format(oneLine(subject(mail.subject()), 300)));
        lines.add(Msg.MAIL_READ_FROM.format(oneLine(sender(mail.from()), 200)));
        if (!mail.to().isEmpty()) {
            lines.add(Msg.MAIL_READ_TO.format(recipients(mail.to())));
        }
        if (!mail.cc().isEmpty()) {
            lines.add(Msg.MAIL_READ_CC.format(recipients(mail.cc())));
        }
        lines.add(Msg.MAIL_READ_DATE.format(date(mail.date())));
        if (!mail.attachments().isEmpty()) {
            lines.add(Msg.MAIL_READ_ATTACHMENTS.format(mail.attachments().size(),
                    oneLine(String.join(", ", mail.attachments()), MAX_ATTACHMENT_LINE_CHARS)));
        }
        return String.join("\n", lines);
    }

    private static String recipients(List<String> all) {
        String shown = oneLine(String.join(", ", all.subList(0, Math.min(all.size(), MAX_RECIPIENTS_SHOWN))), 300);
        return all.size() > MAX_RECIPIENTS_SHOWN
                ? Msg.MAIL_MORE_RECIPIENTS.format(shown, all.size() - MAX_RECIPIENTS_SHOWN) : shown;
    }

    private String date(Instant instant) {
        if (instant == null) {
            return Msg.MAIL_NO_DATE.text();
        }
        ZonedDateTime when = instant.atZone(zone);
        boolean thisYear = when.getYear() == LocalDate.now(clock.withZone(zone)).getYear();
        return (thisYear ? sameYear : otherYear).format(when);
    }

    private static String subject(String subject) {
        return subject == null || subject.isBlank() ? Msg.MAIL_NO_SUBJECT.text() : subject;
    }

    private static String sender(String from) {
        return from == null || from.isBlank() ? Msg.MAIL_NO_SENDER.text() : from;
    }

    /** Header text on one line (folded or tab-separated headers), cut with an ellipsis. */
    private static String oneLine(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : BodyText.cut(line, max - 1) + "…";
    }
}
