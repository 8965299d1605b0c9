package dev.ide.tools.documents;

/** What a file says: its title and its plain text. */
record ExtractedText(String title, String text) {
}
