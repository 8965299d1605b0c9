package dev.ide.tools.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the plain text and title of one supported file: Markdown, plain text, HTML (jsoup) and PDF (PDFBox). Memory
 * is bounded while reading, not after: text files and HTML are read only up to a byte budget, PDF text extraction
 * stops at the first page that fills the character limit, so a huge file costs no more than its first part. Text is
 * cleaned of control characters (a NUL or an escape sequence must never reach a chat). Anything unreadable throws
 * {@link IOException}; a text file with NUL bytes (a binary file with a text extension) throws {@link NotText}.
 */
final class TextExtractor {

    static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt", "html", "htm", "pdf");
    /** At most this many characters of one file are indexed and readable. */
    static final int MAX_CHARS = 1_000_000;
    /** Larger PDFs are skipped: PDFBox parses their structure whole, which would not fit the bot's memory budget. */
    static final long MAX_PDF_BYTES = 64L * 1024 * 1024;
    /** UTF-8 needs at most 3 bytes per character (BMP), CP949 2: this many bytes always hold the character limit. */
    private static final int BYTES_PER_CHAR = 3;
    private static final int MAX_PDF_PAGES = 1_000;
    /** Korean text files that are not UTF-8 are almost always CP949 (a superset of EUC-KR). */
    private static final Charset KOREAN_LEGACY = Charset.forName("x-windows-949");
    /** C0/C1 controls except tab and line feed, and the bidirectional overrides that can disguise text in a chat. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "blockquote", "section", "article", "header", "footer", "table", "ul", "ol", "dt", "dd", "hr");

    /** A file with a text extension whose bytes are not text (they contain NUL). */
    static final class NotText extends IOException {
        NotText() {
            super("NUL bytes in a text file");
        }
    }

    private final int maxChars;

    TextExtractor() {
        this(MAX_CHARS);
    }

    /** A smaller limit lets tests exercise truncation without megabytes of text. */
    TextExtractor(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    int maxChars() {
        return maxChars;
    }

    static boolean supports(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /** Whether a file of this size is skipped unread: only PDFs, the one format not read within a byte budget. */
    static boolean tooLarge(Path file, long size) {
        return extension(file).equals("pdf") && size > MAX_PDF_BYTES;
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
        Head head = readHead(file);
        return decode(head).withTitle(baseName(file));
    }

    private ExtractedText markdown(Path file) throws IOException {
        ExtractedText content = decode(readHead(file));
        String title = content.text().lines()
                .map(String::strip)
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+", "").strip())
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(baseName(file));
        return content.withTitle(cleanTitle(title));
    }

    private ExtractedText html(Path file) throws IOException {
        Head head = readHead(file);
        if (utf16(head.bytes()) == null && containsNul(head.bytes())) {
            throw new NotText();
        }
        // null charset: from BOM or <meta>, else UTF-8. A truncated page parses fine: jsoup closes what is open.
        Document document = Jsoup.parse(new ByteArrayInputStream(head.bytes()), null, "");
        document.select("script, style, noscript, template").remove();
        String title = document.title().strip();
        if (title.isEmpty()) {
            Element h1 = document.selectFirst("h1");
            title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : baseName(file);
        }
        String text = clean(blockText(document.body() != null ? document.body() : document));
        boolean cut = text.length() > maxChars;
        return new ExtractedText(cleanTitle(title), cut ? capped(text) : text, cut || !head.complete());
    }

    private ExtractedText pdf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            LimitedWriter out = new LimitedWriter(maxChars);
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void endPage(PDPage page) throws IOException {
                    super.endPage(page);
                    if (out.full()) {
                        setEndPage(getCurrentPageNo()); // the remaining pages are passed over, not parsed
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setEndPage(MAX_PDF_PAGES);
            stripper.writeText(pdf, out);
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            boolean cut = out.overflowed() || pdf.getNumberOfPages() > MAX_PDF_PAGES;
            return new ExtractedText(title == null || title.isBlank() ? baseName(file) : cleanTitle(title),
                    clean(out.text()), cut);
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

    /** The first bytes of a file, enough for the character limit, and whether they are the whole file. */
    private record Head(byte[] bytes, boolean complete) {
    }

    private Head readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(Math.multiplyExact(maxChars, BYTES_PER_CHAR));
            return new Head(bytes, in.read() < 0);
        }
    }

    /**
     * Text of a text file: UTF-16 or UTF-8 by BOM; otherwise UTF-8 unless the bytes are clearly CP949 (far fewer
     * decoding errors that way), so a UTF-8 file with a few bad bytes keeps its text and shows U+FFFD for them.
     * Decoding stops at the character limit.
     */
    private ExtractedText decode(Head head) throws IOException {
        byte[] bytes = head.bytes();
        Charset charset = utf16(bytes);
        int start = charset != null ? 2 : 0;
        if (charset == null) {
            if (containsNul(bytes)) {
                throw new NotText();
            }
            boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF;
            start = bom ? 3 : 0;
            charset = bom ? StandardCharsets.UTF_8 : detect(bytes, head.complete());
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(Math.min(maxChars, bytes.length - start)); // a byte makes <= 1 char
        // Not the end of input when the file goes on: a character cut in half at the byte budget is left out.
        CoderResult result = decoder.decode(in, out, head.complete());
        if (!result.isOverflow() && head.complete()) {
            decoder.flush(out);
        }
        out.flip();
        return new ExtractedText("", clean(out.toString()), result.isOverflow() || !head.complete());
    }

    private static Charset detect(byte[] bytes, boolean complete) {
        long utf8 = decodingErrors(StandardCharsets.UTF_8, bytes, complete);
        if (utf8 == 0) {
            return StandardCharsets.UTF_8;
        }
        long legacy = decodingErrors(KOREAN_LEGACY, bytes, complete);
        return legacy * 2 < utf8 ? KOREAN_LEGACY : StandardCharsets.UTF_8;
    }

    private static long decodingErrors(Charset charset, byte[] bytes, boolean complete) {
        CharsetDecoder decoder = charset.newDecoder(); // reports errors
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer scratch = CharBuffer.allocate(8192);
        long errors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, scratch, complete);
            if (result.isOverflow()) {
                scratch.clear();
            } else if (result.isError()) {
                errors++;
                in.position(in.position() + result.length());
            } else {
                return errors;
            }
        }
    }

    private static Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Text without control characters (tab and line feed kept; a carriage return becomes a line feed). */
    static String clean(String text) {
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROL.matcher(lines).replaceAll("");
    }

    /** A title on one line, without control characters. */
    static String cleanTitle(String title) {
        return clean(title).replaceAll("\\s+", " ").strip();
    }

    private String capped(String text) {
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path file) {
        String name = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        return cleanTitle(dot <= 0 ? name : name.substring(0, dot));
    }

    /** Collects PDF text up to a limit and drops the rest, so a thousand pages never sit in memory at once. */
    private static final class LimitedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private boolean overflowed;

        LimitedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            int room = limit - text.length();
            int take = Math.min(room, length);
            if (take > 0 && take < length && Character.isHighSurrogate(chars[offset + take - 1])) {
                take--;
            }
            text.append(chars, offset, Math.max(0, take));
            overflowed |= take < length;
        }

        boolean full() {
            return overflowed || text.length() >= limit;
        }

        boolean overflowed() {
            return overflowed;
        }

        String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
