package dev.ide.tools.documents;

/**
 * What a file says: its title and its plain text. {@code truncated}: the file holds more than {@code text}, which
 * is its first part only (the extractor's character limit, or a PDF's page limit).
 */
record ExtractedText(String title, String text, boolean truncated) {

    ExtractedText withTitle(String newTitle) {
        return new ExtractedText(newTitle, text, truncated);
    }
}
