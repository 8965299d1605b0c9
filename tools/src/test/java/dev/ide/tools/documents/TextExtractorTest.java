package dev.ide.tools.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractorTest {

    @TempDir
    Path temp;

    @Test
    void a_text_file_longer_than_the_limit_is_read_up_to_the_limit_and_marked_truncated() throws IOException {
        Path file = Files.writeString(temp.resolve("long.txt"), "처음 문장\n" + "가나다 라마바 ".repeat(2_000) + "마지막");

        ExtractedText text = new TextExtractor(1_000).extract(file);

        assertThat(text.text()).startsWith("처음 문장").doesNotContain("마지막");
        assertThat(text.text().length()).isLessThanOrEqualTo(1_000);
        assertThat(text.truncated()).isTrue();
        assertThat(new TextExtractor(1_000).extract(Files.writeString(temp.resolve("short.txt"), "짧은 글"))
                .truncated()).isFalse();
    }

    @Test
    void a_huge_markdown_file_is_read_through_a_bounded_stream_not_into_memory_whole() throws IOException {
        Path file = temp.resolve("huge.md");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# 큰 문서\n");
            for (int i = 0; i < 800_000; i++) { // 800,000 lines (~40 MB) of Korean, as in the report
                out.write("회의 예산 일정 보고서 계획 정리 " + i + "\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(40_000_000L);

        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ExtractedText text = new TextExtractor().extract(file);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(text.title()).isEqualTo("큰 문서");
        assertThat(text.truncated()).isTrue();
        assertThat(text.text().length()).isBetween(TextExtractor.MAX_CHARS - 100, TextExtractor.MAX_CHARS);
        // Reading the whole file would allocate its size several times over; the first part costs a few MB.
        assertThat(allocated).as("bytes allocated while extracting").isLessThan(Files.size(file) / 2);
    }

    @Test
    void mostly_utf8_markdown_with_a_few_bad_bytes_stays_utf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("# 회의 메모\n\n오늘 회의에서 예산을 정했습니다.\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("다음 회의는 금요일입니다.\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC0);
        bytes.writeBytes("참석자: 김철수, 이영희\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(temp.resolve("memo.md"), bytes.toByteArray());

        ExtractedText text = new TextExtractor().extract(file);

        assertThat(text.title()).isEqualTo("회의 메모");
        assertThat(text.text()).contains("다음 회의는 금요일입니다.", "참석자: 김철수", "\uFFFD");
    }

    @Test
    void legacy_korean_with_a_bad_byte_is_still_read_as_korean() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("거래처 연락처 목록\n".getBytes(Charset.forName("EUC-KR")));
        bytes.write(0xFF);
        bytes.writeBytes("담당자 전화번호".getBytes(Charset.forName("EUC-KR")));
        Path file = Files.write(temp.resolve("old.txt"), bytes.toByteArray());

        assertThat(new TextExtractor().extract(file).text()).contains("거래처 연락처 목록", "담당자 전화번호");
    }

    @Test
    void a_utf16_text_file_with_a_byte_order_mark_is_text_not_binary() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xFF);
        bytes.write(0xFE);
        bytes.writeBytes("메모장 유니코드 문서".getBytes(StandardCharsets.UTF_16LE));
        Path file = Files.write(temp.resolve("notepad.txt"), bytes.toByteArray());

        assertThat(new TextExtractor().extract(file).text()).isEqualTo("메모장 유니코드 문서");
    }

    @Test
    void a_binary_file_with_a_text_extension_is_refused() throws IOException {
        Path md = Files.write(temp.resolve("photo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I'});
        Path html = Files.write(temp.resolve("dump.html"), "<p>글</p>\0\0".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new TextExtractor().extract(md)).isInstanceOf(TextExtractor.NotText.class);
        assertThatThrownBy(() -> new TextExtractor().extract(html)).isInstanceOf(TextExtractor.NotText.class);
    }

    @Test
    void control_characters_are_removed_from_titles_and_text() throws IOException {
        Path file = Files.writeString(temp.resolve("ansi.md"),
                "# 회의\u0007 메모\u202E\n\n\u001b[31m빨간\u001b[0m 글씨\r\n다음\u0008 줄\t탭");

        ExtractedText text = new TextExtractor().extract(file);

        assertThat(text.title()).isEqualTo("회의 메모");
        assertThat(text.text()).doesNotContain("\u001b", "\u0007", "\u0008", "\r", "\u202E")
                .contains("[31m빨간[0m 글씨\n다음 줄\t탭");
    }

    @Test
    void html_is_read_only_up_to_its_byte_budget_and_keeps_its_title() throws IOException {
        Path file = Files.writeString(temp.resolve("page.html"), "<html><head><title>긴 페이지</title></head><body>"
                + "<p>첫 문단</p>" + "<p>반복되는 문단입니다</p>".repeat(2_000) + "<p>마지막 문단</p></body></html>");

        ExtractedText text = new TextExtractor(500).extract(file);

        assertThat(text.title()).isEqualTo("긴 페이지");
        assertThat(text.text()).startsWith("첫 문단").doesNotContain("마지막");
        assertThat(text.text().length()).isLessThanOrEqualTo(500);
        assertThat(text.truncated()).isTrue();
    }

    @Test
    void pdf_text_extraction_stops_once_the_limit_is_reached() throws IOException {
        Path file = temp.resolve("three-pages.pdf");
        try (PDDocument pdf = new PDDocument()) {
            for (String line : new String[] {"First page about budgets", "Second page about plans",
                    "Third page about people"}) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            pdf.save(file.toFile());
        }

        ExtractedText cut = new TextExtractor(30).extract(file);
        ExtractedText whole = new TextExtractor().extract(file);

        assertThat(cut.text()).contains("First page").doesNotContain("Third");
        assertThat(cut.text().length()).isLessThanOrEqualTo(30);
        assertThat(cut.truncated()).isTrue();
        assertThat(whole.text()).contains("First page", "Second page", "Third page");
        assertThat(whole.truncated()).isFalse();
    }
}
