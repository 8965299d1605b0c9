package dev.ide.tools.mail;

import dev.ide.core.text.Msg;
import dev.ide.core.tool.Tool;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolContext;
import dev.ide.core.tool.ToolFailure;
import dev.ide.core.tool.ToolResult;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code email} tool: {@code search(query, days)} and {@code read(uid)} over IMAP, read-only. There is no send
 * operation, by design; the folder is opened read-only so not even the \Seen flag changes.
 *
 * <p>Build it with {@link #MailTool(MailSettings)} when {@code IMAP_*} is configured, otherwise with
 * {@link #notConfigured()}, which answers every request with {@link Msg#MAIL_NOT_CONFIGURED}.
 */
public final class MailTool implements Tool {

    public static final String NAME = "email";
    static final int MAX_RESULTS = 10;

    private final ImapMailbox mailbox; // null when not configured

    public MailTool(MailSettings settings) {
        this.mailbox = new ImapMailbox(Objects.requireNonNull(settings, "settings"));
    }

    private MailTool() {
        this.mailbox = null;
    }

    /** A mail tool for a bot without a mailbox: it explains that mail is not set up. */
    public static MailTool notConfigured() {
        return new MailTool();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> operations() {
        return Set.of("search", "read");
    }

    @Override
    public ToolResult run(ToolCall call, ToolContext context) {
        String operation = call.operation();
        if (!operations().contains(operation)) {
            throw ToolFailure.badInput(Msg.UNKNOWN_OPERATION.format(Msg.TOOL_NAME_EMAIL.text()));
        }
        if (mailbox == null) {
            return ToolResult.of(Msg.MAIL_NOT_CONFIGURED.text());
        }
        MailFormat format = new MailFormat(context.zone(), context.clock());
        return operation.equals("search") ? search(call, context, format) : read(call, format);
    }

    private ToolResult search(ToolCall call, ToolContext context, MailFormat format) {
        int days = MailParams.days(call);
        String query = MailParams.query(call);
        LocalDate since = LocalDate.now(context.clock().withZone(context.zone())).minusDays(days);
        SearchPage page = mailbox.search(MailParams.words(query), since, MAX_RESULTS);
        return ToolResult.of(format.searchResult(query, days, page));
    }

    private ToolResult read(ToolCall call, MailFormat format) {
        long uid = MailParams.uid(call);
        Optional<MailContent> mail = mailbox.read(uid);
        if (mail.isEmpty()) {
            return ToolResult.of(Msg.MAIL_UID_NOT_FOUND.format(uid));
        }
        return new ToolResult(format.mail(mail.get()), null, format.readSummary(mail.get()));
    }
}
