package dev.ide.tools.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.BodyTerm;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.ReceivedDateTerm;
import jakarta.mail.search.SearchTerm;
import jakarta.mail.search.SubjectTerm;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The owner's mailbox over IMAP, read-only: one connection per request (a personal bot asks rarely, and a fresh
 * connection never goes stale), the folder opened with EXAMINE so nothing is marked as read or changed.
 */
final class ImapMailbox {

    /** Envelopes fetched for sorting; IMAP numbers follow arrival, so the newest matches are the highest numbers. */
    private static final int FETCH_WINDOW = 50;

    private final MailSettings settings;
    private final String protocol;

    ImapMailbox(MailSettings settings) {
        this.settings = settings;
        this.protocol = settings.security() == MailSettings.Security.SSL ? "imaps" : "imap";
    }

    /**
     * A session for one request: its sockets come from the request's deadline. Each socket connect, read and write is
     * also bounded by the timeout on its own, so a silent server is noticed by the first read.
     */
    private static Properties properties(MailSettings settings, String protocol, ImapDeadline deadline) {
        String prefix = "mail." + protocol + ".";
        String timeoutMillis = Long.toString(settings.timeout().toMillis());
        Properties props = new Properties();
        props.setProperty("mail.store.protocol", protocol);
        props.setProperty(prefix + "host", settings.host());
        props.setProperty(prefix + "port", Integer.toString(settings.port()));
        props.setProperty(prefix + "connectiontimeout", timeoutMillis);
        props.setProperty(prefix + "timeout", timeoutMillis);
        props.setProperty(prefix + "writetimeout", timeoutMillis);
        // Objects, not strings: put, not setProperty (the library reads these two as instances).
        props.put(prefix + "executor.writetimeout", ImapDeadline.scheduler());
        props.put(prefix + "socketFactory", deadline);
        props.setProperty(prefix + "socketFactory.fallback", "false");
        props.setProperty(prefix + "peek", "true");
        props.setProperty("mail.mime.address.strict", "false");
        switch (settings.security()) {
            case SSL -> props.setProperty(prefix + "ssl.checkserveridentity", "true");
            case STARTTLS -> {
                props.setProperty(prefix + "starttls.enable", "true");
                props.setProperty(prefix + "starttls.required", "true");
                props.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // Plain IMAP: the operator chose it for a local or trusted server.
            }
        }
        return props;
    }

    /**
     * Mails received on or after {@code since} whose subject, sender or body contains every word (none = all), the
     * newest first, at most {@code limit}.
     */
    SearchPage search(List<String> words, LocalDate since, int limit) {
        return withFolder(folder -> {
            Message[] found = folder.search(term(words, since));
            int from = Math.max(0, found.length - FETCH_WINDOW);
            Message[] window = Arrays.copyOfRange(found, from, found.length);
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add("Subject");
            profile.add("From");
            folder.fetch(window, profile);
            List<Listed> listed = new ArrayList<>(window.length);
            for (Message message : window) {
                try {
                    listed.add(new Listed(message, received(message)));
                } catch (MessageRemovedException gone) {
                    // Deleted by another client between SEARCH and FETCH.
                }
            }
            listed.sort(Comparator.comparing(Listed::received).reversed()
                    .thenComparing(l -> l.message().getMessageNumber(), Comparator.reverseOrder()));
            List<MailSummary> page = new ArrayList<>();
            UIDFolder uids = (UIDFolder) folder;
            for (Listed l : listed) {
                if (page.size() == limit) {
                    break;
                }
                Message m = l.message();
                try {
                    page.add(new MailSummary(uids.getUID(m), first(MailAddresses.display(header(m, "From"))),
                            EncodedWords.decode(header(m, "Subject")), shownDate(m)));
                } catch (MessageRemovedException gone) {
                    // see above
                }
            }
            return new SearchPage(page, found.length);
        });
    }

    /** The mail with this UID in the configured folder, or empty when there is none. */
    Optional<MailContent> read(long uid) {
        return withFolder(folder -> {
            Message message = ((UIDFolder) folder).getMessageByUID(uid);
            if (message == null || message.isExpunged()) {
                return Optional.empty();
            }
            MailBodyReader.Body body = MailBodyReader.read(message);
            return Optional.of(new MailContent(uid, first(MailAddresses.display(header(message, "From"))),
                    MailAddresses.display(header(message, "To")), MailAddresses.display(header(message, "Cc")),
                    EncodedWords.decode(header(message, "Subject")), shownDate(message), body.text(),
                    body.attachments()));
        });
    }

    private static SearchTerm term(List<String> words, LocalDate since) {
        // IMAP SINCE takes a date; the library turns the Date into one with the JVM's default zone, so midnight in
        // that zone names exactly `since`.
        SearchTerm term = new ReceivedDateTerm(ComparisonTerm.GE,
                Date.from(since.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        for (String word : words) {
            term = new AndTerm(term, new OrTerm(new SearchTerm[] {
                    new SubjectTerm(word), new FromStringTerm(word), new BodyTerm(word)}));
        }
        return term;
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private static Instant received(Message message) throws MessagingException {
        Date date = message.getReceivedDate();
        return date == null ? Instant.EPOCH : date.toInstant();
    }

    /** The date the sender's client wrote (what mail apps show), else when the server received it. */
    private static Instant shownDate(Message message) throws MessagingException {
        Date date = message.getSentDate();
        if (date == null) {
            date = message.getReceivedDate();
        }
        return date == null ? null : date.toInstant();
    }

    /**
     * Runs one request on a fresh connection, within {@link MailSettings#timeout()} as a whole: when the deadline
     * passes, its sockets are closed and the request fails with the timeout reply.
     */
    private <T> T withFolder(FolderWork<T> work) {
        Store store = null;
        Folder folder = null;
        try (ImapDeadline deadline = ImapDeadline.start(settings.timeout())) {
            try {
                store = Session.getInstance(properties(settings, protocol, deadline)).getStore(protocol);
                store.connect(settings.host(), settings.port(), settings.username(), settings.password());
                folder = store.getFolder(settings.folder());
                folder.open(Folder.READ_ONLY);
                return work.apply(folder);
            } catch (MessagingException | IOException | IllegalStateException e) {
                // IllegalStateException: the library's "folder closed" when the server drops the connection
                // mid-request (or the deadline closed it).
                throw MailFailures.toToolFailure(e, settings, deadline.passed());
            } finally {
                // Inside the deadline: a server that stalls on LOGOUT cannot hold the thread either.
                closeQuietly(folder, store);
            }
        }
    }

    private static void closeQuietly(Folder folder, Store store) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException ignored) {
            // The answer is already made; a failed LOGOUT changes nothing for the user.
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException | RuntimeException ignored) {
            // as above
        }
    }

    private record Listed(Message message, Instant received) {
    }

    @FunctionalInterface
    private interface FolderWork<T> {
        T apply(Folder folder) throws MessagingException, IOException;
    }
}
