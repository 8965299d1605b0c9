package dev.ide.tools.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the plain text and title of one supported file: Markdown, plain text, HTML (jsoup) and PDF (PDFBox). Text is
 * capped so one huge file cannot blow the bot's memory budget. Anything unreadable throws {@link IOException}.
 */
final class TextExtractor {

    static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt", "html", "htm", "pdf");
    static final int MAX_CHARS = 1_000_000;
    private static final int MAX_PDF_PAGES = 1_000;
    /** Korean text files that are not UTF-8 are almost always CP949 (a superset of EUC-KR). */
    private static final Charset KOREAN_LEGACY = Charset.forName("x-windows-949");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "blockquote", "section", "article", "header", "footer", "table", "ul", "ol", "dt", "dd", "hr");

    static boolean supports(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    ExtractedText extract(Path file) throws IOException {
        return switch (extension(file)) {
            case "md", "markdown" -> markdown(file);
            case "html", "htm" -> html(file);
            case "pdf" -> pdf(file);
            default -> plain(file);
        };
    }

    private ExtractedText plain(Path file) throws IOException {
        return new ExtractedText(baseName(file), cap(decode(Files.readAllBytes(file))));
    }

    private ExtractedText markdown(Path file) throws IOException {
        String text = cap(decode(Files.readAllBytes(file)));
        String title = text.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+", "").strip())
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(baseName(file));
        return new ExtractedText(title, text);
    }

    private ExtractedText html(Path file) throws IOException {
        Document document = Jsoup.parse(file.toFile(), null); // null: charset from BOM or <meta>, else UTF-8
        document.select("script, style, noscript, template").remove();
        String title = document.title().strip();
        if (title.isEmpty()) {
            Element h1 = document.selectFirst("h1");
            title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : baseName(file);
        }
        return new ExtractedText(title, cap(blockText(document.body() != null ? document.body() : document)));
    }

    private ExtractedText pdf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(MAX_PDF_PAGES);
            String text = stripper.getText(pdf);
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return new ExtractedText(title == null || title.isBlank() ? baseName(file) : title.strip(), cap(text));
        }
    }

    /** Element text with line breaks where blocks end, so paragraphs survive for reading and snippets. */
    private static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())
                        && !element.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return KOREAN_LEGACY.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        }
    }

    private static String cap(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path file) {
        String name = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
