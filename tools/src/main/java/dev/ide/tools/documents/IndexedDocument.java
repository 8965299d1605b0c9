package dev.ide.tools.documents;

/** A document as the index holds it: id, title, path relative to the documents folder, and its plain text. */
public record IndexedDocument(String docId, String title, String path, String text) {
}
