package dev.ide.tools.documents;

/**
 * A document as the index holds it: id, title, path relative to the documents folder, and its plain text.
 * {@code truncated}: the text is the file's first part only; {@code fileBytes} is the file's size when it was read.
 */
public record IndexedDocument(String docId, String title, String path, String text, boolean truncated,
        long fileBytes) {
}
