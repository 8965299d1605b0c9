package dev.ide.tools.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a message's MIME tree: the readable text (text/plain preferred in multipart/alternative, HTML converted) and
 * the attachments' decoded file names. Only text parts are downloaded; attachments are known by their headers.
 */
final class MailBodyReader {

    private static final Logger log = LoggerFactory.getLogger(MailBodyReader.class);

    /** More than a chat can show anyway; stops a huge text part from filling memory. */
    static final int MAX_TEXT_BYTES = 256 * 1024;
    private static final int MAX_DEPTH = 12;

    record Body(String text, List<String> attachments) {
    }

    private MailBodyReader() {
    }

    static Body read(Part message) throws MessagingException, IOException {
        List<String> texts = new ArrayList<>();
        List<String> attachments = new ArrayList<>();
        walk(message, texts, attachments, false, 0);
        String text = BodyText.tidy(String.join("\n\n", texts));
        return new Body(text, List.copyOf(attachments));
    }

    private static void walk(Part part, List<String> texts, List<String> attachments, boolean inRelated, int depth)
            throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String fileName = fileName(part);
        if (isAttachment(part, fileName)) {
            if (!(inRelated && hasContentId(part) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()))) {
                attachments.add(fileName != null ? fileName : attachmentFallbackName(part));
            }
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                return;
            }
            if (part.isMimeType("multipart/alternative")) {
                Part chosen = chooseAlternative(multipart);
                if (chosen != null) {
                    walk(chosen, texts, attachments, inRelated, depth + 1);
                }
                return;
            }
            boolean related = part.isMimeType("multipart/related");
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), texts, attachments, related, depth + 1);
            }
        } else if (part.isMimeType("message/rfc822")) {
            attachments.add(attachmentFallbackName(part));
        } else if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
            String text = text(part);
            if (part.isMimeType("text/html")) {
                text = HtmlText.toText(text);
            }
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        // Other inline parts without a name (an inline image of an HTML body) have nothing to read or list.
    }

    /** text/plain if offered, else a nested multipart (which may hold one), else HTML, else the first part. */
    private static Part chooseAlternative(Multipart alternatives) throws MessagingException {
        Part nested = null;
        Part html = null;
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart candidate = alternatives.getBodyPart(i);
            if (candidate.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(candidate.getDisposition())) {
                return candidate;
            }
            if (nested == null && candidate.isMimeType("multipart/*")) {
                nested = candidate;
            }
            if (html == null && candidate.isMimeType("text/html")) {
                html = candidate;
            }
        }
        if (nested != null) {
            return nested;
        }
        if (html != null) {
            return html;
        }
        return alternatives.getCount() > 0 ? alternatives.getBodyPart(0) : null;
    }

    private static boolean isAttachment(Part part, String fileName) throws MessagingException {
        if (part.isMimeType("multipart/*")) {
            return false;
        }
        String disposition = part.getDisposition();
        if (Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            return true;
        }
        boolean readableText = part.isMimeType("text/plain") || part.isMimeType("text/html");
        // A named text part shown inline (Apple Mail does this) is part of the body; any other named part is a file.
        return fileName != null && !(readableText && Part.INLINE.equalsIgnoreCase(disposition));
    }

    private static boolean hasContentId(Part part) throws MessagingException {
        return part instanceof MimePart mime && mime.getContentID() != null;
    }

    /** The decoded file name (RFC 2231 is decoded by the library, RFC 2047 here), or null. */
    static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name == null || name.isBlank()) {
                return null;
            }
            return EncodedWords.decode(name).strip();
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    private static String attachmentFallbackName(Part part) throws MessagingException {
        String type = part.getContentType() == null ? "application/octet-stream" : part.getContentType();
        int semicolon = type.indexOf(';');
        String baseType = (semicolon >= 0 ? type.substring(0, semicolon) : type).trim().toLowerCase(Locale.ROOT);
        return "(" + baseType + ")";
    }

    private static String text(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_TEXT_BYTES);
        } catch (IOException | MessagingException badEncoding) {
            // A broken transfer encoding loses this part, not the whole mail.
            log.warn("Could not decode a mail text part: {}", badEncoding.toString());
            return "";
        }
        return MailCharsets.decode(bytes, charset(part));
    }

    private static String charset(Part part) throws MessagingException {
        String type = part.getContentType();
        if (type == null) {
            return null;
        }
        try {
            return new ContentType(type).getParameter("charset");
        } catch (ParseException unparsable) {
            return null;
        }
    }
}
