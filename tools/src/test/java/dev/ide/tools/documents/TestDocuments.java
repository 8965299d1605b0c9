package dev.ide.tools.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes real files into a test's documents folder. */
final class TestDocuments {

    private final Path root;
    private long tick = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();

    TestDocuments(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    Path root() {
        return root;
    }

    /** Writes text and gives the file a new modification time, so a rewrite within one millisecond still counts. */
    Path write(String relativePath, String text) throws IOException {
        return touch(Files.writeString(parent(relativePath), text, StandardCharsets.UTF_8));
    }

    Path writeBytes(String relativePath, byte[] bytes) throws IOException {
        return touch(Files.write(parent(relativePath), bytes));
    }

    /** A one-page PDF with a title and lines of (Latin) text, made with PDFBox like any PDF writer would. */
    Path pdf(String relativePath, String title, String... lines) throws IOException {
        Path file = parent(relativePath);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            pdf.getDocumentInformation().setTitle(title);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(16);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            pdf.save(file.toFile());
        }
        return touch(file);
    }

    void delete(String relativePath) throws IOException {
        Files.delete(root.resolve(relativePath));
    }

    private Path parent(String relativePath) throws IOException {
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        return file;
    }

    private Path touch(Path file) throws IOException {
        tick += 60_000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(tick));
        return file;
    }
}
