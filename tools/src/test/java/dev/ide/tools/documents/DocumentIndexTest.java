package dev.ide.tools.documents;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DocumentIndexTest {

    @TempDir
    Path temp;

    private TestDocuments docs;
    private Path indexDir;
    private DocumentIndex index;

    @BeforeEach
    void setUp() throws IOException {
        docs = new TestDocuments(temp.resolve("documents"));
        indexDir = temp.resolve("data/index");
        index = DocumentIndex.open(docs.root(), indexDir);
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    @Test
    void a_korean_query_finds_documents_by_inflected_forms() throws IOException {
        docs.write("minutes.md", "# 주간 회의록\n\n이번 주 회의록입니다. 예산을 논의했습니다.");
        docs.write("plan.txt", "내일 오후에 팀 회의를 합니다.");
        docs.write("lunch.txt", "점심 메뉴는 김치찌개입니다.");
        index.sync();

        assertThat(titles(index.search("회의", 5))).containsExactlyInAnyOrder("주간 회의록", "plan");
        assertThat(titles(index.search("회의를", 5))).containsExactlyInAnyOrder("주간 회의록", "plan");
    }

    @Test
    void a_compound_query_keeps_its_parts_together() throws IOException {
        docs.write("minutes.md", "# 주간 회의록\n\n지난 회의록을 정리했습니다.");
        docs.write("plan.txt", "내일 회의를 합니다. 기록은 따로 남깁니다.");
        index.sync();

        assertThat(titles(index.search("회의록", 5))).containsExactly("주간 회의록");
    }

    @Test
    void english_queries_find_other_forms_of_the_word() throws IOException {
        docs.write("notes.md", "# Weekly notes\n\nThe meeting with the design team moved to Monday.");
        docs.write("other.txt", "Lunch options near the office.");
        index.sync();

        assertThat(titles(index.search("meetings", 5))).containsExactly("Weekly notes");
        assertThat(titles(index.search("Design MEETING", 5))).containsExactly("Weekly notes");
    }

    @Test
    void snippets_mark_the_matching_words_in_plain_text() throws IOException {
        docs.write("budget.md", "# 예산안\n\n첫 문단입니다.\n\n2025년 예산은 작년보다 10% 늘었습니다.");
        index.sync();

        DocumentHit hit = index.search("예산", 5).get(0);

        assertThat(hit.snippet()).contains("«예산»").doesNotContain("<", "\n");
        assertThat(hit.path()).isEqualTo("budget.md");
    }

    @Test
    void html_and_pdf_files_are_searchable_with_their_own_titles() throws IOException {
        docs.write("web/page.html", """
                <html><head><meta charset="utf-8"><title>분기 보고서</title><script>var hidden = '비밀';</script></head>
                <body><h1>보고</h1><p>매출이 증가했습니다.</p></body></html>""");
        docs.pdf("contract.pdf", "Service Contract", "This agreement covers maintenance.", "Payment is monthly.");
        index.sync();

        assertThat(titles(index.search("매출", 5))).containsExactly("분기 보고서");
        assertThat(index.search("비밀", 5)).isEmpty();
        assertThat(titles(index.search("agreement payment", 5))).containsExactly("Service Contract");
    }

    @Test
    void a_text_file_in_the_legacy_korean_encoding_reads_correctly() throws IOException {
        docs.writeBytes("old.txt", "거래처 연락처 목록".getBytes(Charset.forName("EUC-KR")));
        index.sync();

        assertThat(titles(index.search("거래처", 5))).containsExactly("old");
    }

    @Test
    void a_changed_file_is_found_by_its_new_text_and_not_by_its_old_text() throws IOException {
        docs.write("memo.txt", "사과를 샀다.");
        index.sync();

        docs.write("memo.txt", "바나나를 샀다.");
        SyncReport report = index.sync();

        assertThat(report.updated()).isEqualTo(1);
        assertThat(titles(index.search("바나나", 5))).containsExactly("memo");
        assertThat(index.search("사과", 5)).isEmpty();
    }

    @Test
    void a_deleted_file_disappears_from_search_and_read() throws IOException {
        docs.write("memo.txt", "사과를 샀다.");
        index.sync();
        String id = index.search("사과", 5).get(0).docId();

        docs.delete("memo.txt");
        SyncReport report = index.sync();

        assertThat(report.removed()).isEqualTo(1);
        assertThat(index.search("사과", 5)).isEmpty();
        assertThat(index.read(id)).isEmpty();
    }

    @Test
    void a_corrupt_pdf_is_skipped_with_one_warning_naming_the_file() throws IOException {
        ListAppender<ILoggingEvent> logs = capture();
        docs.writeBytes("broken.pdf", "%PDF-1.7\nthis is not really a pdf 회의".getBytes());
        docs.write("fine.txt", "정상 문서의 회의 기록");

        SyncReport first = index.sync();
        SyncReport second = index.sync();

        assertThat(first.skipped()).isEqualTo(1);
        assertThat(titles(index.search("회의", 5))).containsExactly("fine");
        List<ILoggingEvent> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getFormattedMessage()).contains("broken.pdf").doesNotContain("회의");
        assertThat(second.filesRead()).isZero();
    }

    @Test
    void unchanged_files_are_not_read_again() throws IOException {
        docs.write("a.txt", "첫 번째 문서");
        docs.write("b.md", "# 둘\n두 번째 문서");
        docs.pdf("c.pdf", "Third", "third document");

        SyncReport first = index.sync();
        docs.write("d.txt", "네 번째 문서");
        SyncReport second = index.sync();
        SyncReport third = index.sync();

        assertThat(first.filesRead()).isEqualTo(3);
        assertThat(second.filesRead()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(third.filesRead()).isZero();
        assertThat(third.changedIndex()).isFalse();
    }

    @Test
    void doc_ids_stay_the_same_after_reopening_and_nothing_is_read_again() throws IOException {
        docs.write("notes/회의록.md", "# 회의록\n회의 내용");
        index.sync();
        String before = index.search("회의", 5).get(0).docId();
        index.close();

        index = DocumentIndex.open(docs.root(), indexDir);
        SyncReport afterReopen = index.sync();

        assertThat(index.search("회의", 5).get(0).docId()).isEqualTo(before).matches("[0-9a-f]{12}");
        assertThat(afterReopen.filesRead()).isZero();
        assertThat(index.read(before)).get().extracting(IndexedDocument::path).isEqualTo("notes/회의록.md");
    }

    @Test
    void a_second_process_searches_read_only_while_the_first_owns_the_index() throws IOException {
        docs.write("first.txt", "첫 문서의 일정");
        index.sync();

        try (DocumentIndex other = DocumentIndex.open(docs.root(), indexDir)) {
            assertThat(other.readOnly()).isTrue();
            assertThat(titles(other.search("일정", 5))).containsExactly("first");

            docs.write("second.txt", "두 번째 일정");
            index.sync();
            other.sync();

            assertThat(titles(other.search("일정", 5))).containsExactlyInAnyOrder("first", "second");
        }
    }

    @Test
    void hidden_files_and_unsupported_types_are_ignored() throws IOException {
        docs.write(".obsidian/cache.md", "숨김 문서");
        docs.write("image.png", "숨김 문서");
        docs.write("shown.md", "# 보이는 문서\n내용");

        SyncReport report = index.sync();

        assertThat(report.added()).isEqualTo(1);
        assertThat(index.documentCount()).isEqualTo(1);
    }

    @Test
    void a_missing_documents_folder_finds_nothing_instead_of_failing() throws IOException {
        try (DocumentIndex missing = DocumentIndex.open(temp.resolve("nowhere"), temp.resolve("other-index"))) {
            assertThat(missing.sync().changedIndex()).isFalse();
            assertThat(missing.search("회의", 5)).isEmpty();
        }
    }

    @Test
    void query_syntax_typed_by_a_model_is_treated_as_words() throws IOException {
        docs.write("memo.txt", "회의 AND 예산 (초안)");
        index.sync();

        assertThat(titles(index.search("회의 AND", 5))).containsExactly("memo");
        assertThat(titles(index.search("\"예산 (초안\" OR [", 5))).containsExactly("memo");
        assertThat(index.search("   ", 5)).isEmpty();
    }

    @Test
    void a_file_larger_than_the_limit_is_indexed_with_its_first_part() throws IOException {
        Path file = docs.write("big.md", "# 큰 문서\n\n앞부분의 예산 이야기\n" + "채움 문장입니다.\n".repeat(2_000)
                + "끝부분의 휴가 이야기");
        docs.write("small.txt", "작은 문서의 휴가 계획");
        try (DocumentIndex limited = DocumentIndex.open(docs.root(), temp.resolve("limited-index"),
                new TextExtractor(2_000))) {
            SyncReport report = limited.sync();

            assertThat(report.added()).isEqualTo(2);
            assertThat(titles(limited.search("예산", 5))).containsExactly("큰 문서");
            assertThat(titles(limited.search("휴가", 5))).containsExactly("small");
            IndexedDocument big = limited.read(DocId.of("big.md")).orElseThrow();
            assertThat(big.truncated()).isTrue();
            assertThat(big.fileBytes()).isEqualTo(Files.size(file));
            assertThat(limited.read(DocId.of("small.txt")).orElseThrow().truncated()).isFalse();
        }
    }

    @Test
    void a_binary_file_named_md_is_skipped_counted_and_logged_without_its_bytes() throws IOException {
        ListAppender<ILoggingEvent> logs = capture();
        docs.writeBytes("photo.md", "회의 \0\0\u0001 binary".getBytes(StandardCharsets.UTF_8));
        docs.write("notes.md", "# 회의 노트\n회의 내용");

        SyncReport report = index.sync();

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(titles(index.search("회의", 5))).containsExactly("회의 노트");
        assertThat(warnings(logs)).singleElement().asString().contains("photo.md", "NUL").doesNotContain("회의");
    }

    @Test
    void control_characters_never_reach_titles_or_snippets() throws IOException {
        docs.write("ansi.md", "# 회의\u0007 메모\u001b\n\n오늘 \u001b[1m회의\u001b[0m에서\u0008 정한 것");
        index.sync();

        DocumentHit hit = index.search("회의", 5).get(0);

        assertThat(hit.title()).isEqualTo("회의 메모");
        assertThat(hit.snippet()).contains("«회의»").doesNotContainPattern("\\p{Cntrl}");
    }

    @Test
    void links_leading_out_of_the_documents_folder_are_refused_and_logged_once() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("shadow"), "root:비밀번호해시:19000");
        Files.writeString(outside.resolve("notes.md"), "바깥 폴더의 기밀 문서");
        Files.createSymbolicLink(docs.root().resolve("shadow-link.md"), secret);
        Files.createSymbolicLink(docs.root().resolve("linked"), outside);
        docs.write("real.md", "# 진짜 문서\n안쪽 문서");
        Files.createSymbolicLink(docs.root().resolve("alias.md"), docs.root().resolve("real.md"));
        ListAppender<ILoggingEvent> logs = capture();

        SyncReport first = index.sync();
        SyncReport second = index.sync();
        index.close();
        index = DocumentIndex.open(docs.root(), indexDir);
        SyncReport afterRestart = index.sync();

        assertThat(index.search("비밀번호해시", 5)).isEmpty();
        assertThat(index.search("기밀", 5)).isEmpty();
        assertThat(index.search("안쪽", 5)).hasSize(2); // a link inside the folder is still followed
        assertThat(first.skipped()).isEqualTo(2);
        assertThat(second.skipped()).isZero();
        assertThat(afterRestart.skipped()).isZero();
        assertThat(warnings(logs)).hasSize(2).allSatisfy(line -> assertThat(line).contains("outside the documents"));
        assertThat(String.join("\n", warnings(logs))).contains("shadow-link.md", "linked")
                .doesNotContain("비밀번호", "기밀");
    }

    @Test
    void an_unreadable_file_is_not_read_again_after_a_restart_until_it_changes() throws IOException {
        ListAppender<ILoggingEvent> logs = capture();
        docs.writeBytes("broken.pdf", "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.UTF_8));
        docs.write("fine.txt", "정상 문서");
        index.sync();
        index.close();

        index = DocumentIndex.open(docs.root(), indexDir);
        SyncReport afterRestart = index.sync();

        assertThat(afterRestart.filesRead()).isZero();
        assertThat(afterRestart.skipped()).isZero();
        assertThat(warnings(logs)).hasSize(1);
        assertThat(index.documentCount()).isEqualTo(1); // the skip record is not a document

        docs.pdf("broken.pdf", "Repaired", "now a real pdf");
        SyncReport repaired = index.sync();
        index.close();
        index = DocumentIndex.open(docs.root(), indexDir);

        assertThat(repaired.added()).isEqualTo(1);
        assertThat(titles(index.search("real pdf", 5))).containsExactly("Repaired");
        assertThat(index.documentCount()).isEqualTo(2);
        assertThat(index.sync().filesRead()).isZero();
    }

    @Test
    void a_skip_record_goes_when_its_file_goes() throws IOException {
        Path broken = docs.writeBytes("broken.pdf", "%PDF-1.7\nbroken".getBytes(StandardCharsets.UTF_8));
        FileTime mtime = Files.getLastModifiedTime(broken);
        index.sync();
        docs.delete("broken.pdf");
        index.sync();
        index.close();
        ListAppender<ILoggingEvent> logs = capture();

        // The same bytes and time again: only a forgotten record makes it a new file that is read and reported.
        Files.setLastModifiedTime(docs.writeBytes("broken.pdf", "%PDF-1.7\nbroken".getBytes(StandardCharsets.UTF_8)),
                mtime);
        index = DocumentIndex.open(docs.root(), indexDir);
        SyncReport report = index.sync();

        assertThat(report.filesRead()).isEqualTo(1);
        assertThat(warnings(logs)).hasSize(1);
    }

    private static List<String> warnings(ListAppender<ILoggingEvent> logs) {
        return logs.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private ListAppender<ILoggingEvent> capture() {
        Logger logger = (Logger) LoggerFactory.getLogger(DocumentIndex.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    private static List<String> titles(List<DocumentHit> hits) {
        return hits.stream().map(DocumentHit::title).toList();
    }
}
