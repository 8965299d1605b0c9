package dev.ide.tools.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolContext;
import dev.ide.core.tool.ToolFailure;
import dev.ide.core.tool.ToolResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentToolTest {

    private static final Pattern ID = Pattern.compile("ID: ([0-9a-f]{12})");

    @TempDir
    Path temp;

    private TestDocuments docs;
    private DocumentIndex index;
    private DocumentTool tool;
    private final ToolContext context = new ToolContext(new ConversationKey(Platform.CONSOLE, "console"), "owner",
            true, null, Clock.fixed(Instant.parse("2025-03-03T01:00:00Z"), ZoneId.of("Asia/Seoul")),
            ZoneId.of("Asia/Seoul"));

    @BeforeEach
    void setUp() throws IOException {
        docs = new TestDocuments(temp.resolve("documents"));
        index = DocumentIndex.open(docs.root(), temp.resolve("data/index"));
        tool = new DocumentTool(index);
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    @Test
    void search_lists_titles_ids_and_marked_snippets() throws IOException {
        docs.write("회의/2025-03-03.md", "# 3월 첫째 주 회의록\n\n신규 프로젝트 일정을 회의에서 정했습니다.");
        docs.write("lunch.txt", "점심 메뉴");
        index.sync();

        ToolResult result = tool.run(search("회의"), context);

        assertThat(result.text())
                .startsWith("'회의' 문서 검색 결과예요")
                .contains("1. 3월 첫째 주 회의록 (회의/2025-03-03.md)")
                .contains("«회의»")
                .doesNotContain("점심");
        assertThat(idIn(result.text())).isEqualTo(DocId.of("회의/2025-03-03.md"));
        assertThat(result.historySummary()).contains("3월 첫째 주 회의록");
    }

    @Test
    void search_shows_at_most_five_hits() throws IOException {
        for (int i = 1; i <= 8; i++) {
            docs.write("report-" + i + ".txt", "보고서 " + i + "번");
        }
        index.sync();

        String text = tool.run(search("보고서"), context).text();

        assertThat(ID.matcher(text).results().count()).isEqualTo(5);
    }

    @Test
    void a_search_without_hits_answers_in_a_friendly_sentence() throws IOException {
        docs.write("memo.txt", "사과");
        index.sync();

        assertThat(tool.run(search("양자역학"), context).text())
                .isEqualTo("'양자역학'에 맞는 문서를 찾지 못했어요. 다른 단어로 찾아볼까요?");
    }

    @Test
    void an_empty_folder_says_there_is_nothing_to_search_yet() {
        assertThat(tool.run(search("회의"), context).text()).startsWith("문서 폴더에 아직 읽을 수 있는 문서가 없어요");
    }

    @Test
    void an_empty_or_oversized_query_is_asked_back() {
        assertThatThrownBy(() -> tool.run(new ToolCall("document", "search", Map.of()), context))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ToolFailure.Kind.BAD_INPUT);
                    assertThat(failure.userMessage()).isEqualTo("어떤 문서를 찾을까요? 검색어를 알려 주세요.");
                });
        assertThatThrownBy(() -> tool.run(search("  "), context)).isInstanceOf(ToolFailure.class);
        assertThatThrownBy(() -> tool.run(search("가".repeat(500)), context))
                .isInstanceOfSatisfying(ToolFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ToolFailure.Kind.BAD_INPUT));
    }

    @Test
    void read_returns_the_text_of_the_document_found_by_search() throws IOException {
        docs.write("plan.md", "# 여행 계획\n\n부산으로 3일 동안 갑니다.");
        index.sync();
        String id = idIn(tool.run(search("부산"), context).text());

        ToolResult result = tool.run(read(id.toUpperCase()), context);

        assertThat(result.text()).startsWith("여행 계획 (plan.md)").contains("부산으로 3일 동안 갑니다.");
        assertThat(result.historySummary()).isEqualTo("문서 읽음: 여행 계획 [ID: " + id + "]");
    }

    @Test
    void a_long_document_is_cut_to_fit_a_chat_message_with_a_notice() throws IOException {
        StringBuilder text = new StringBuilder("# 긴 문서\n\n");
        for (int i = 0; i < 400; i++) {
            text.append("문단 ").append(i).append(": 회의 내용을 길게 적은 줄입니다.\n");
        }
        docs.write("long.md", text.toString());
        index.sync();

        String reply = tool.run(read(DocId.of("long.md")), context).text();

        assertThat(reply.length()).isLessThan(4_096);
        assertThat(reply).contains("문단 0:").doesNotContain("문단 399:")
                .containsPattern("\\(문서가 길어서 앞부분만 보여 드렸어요. 전체 [0-9,]+자 중 [0-9,]+자\\)$");
    }

    @Test
    void a_document_cut_while_indexing_says_so_with_its_file_size_instead_of_the_cut_length() throws IOException {
        docs.write("huge.md", "# 아주 긴 문서\n\n" + "회의 내용을 길게 적은 줄입니다.\n".repeat(3_000));
        try (DocumentIndex limited = DocumentIndex.open(docs.root(), temp.resolve("limited-index"),
                new TextExtractor(5_000))) {
            limited.sync();

            String reply = new DocumentTool(limited).run(read(DocId.of("huge.md")), context).text();

            assertThat(reply.length()).isLessThan(4_096);
            assertThat(reply).doesNotContain("전체 5,000자").containsPattern("\\(문서가 너무 커서 앞부분 [0-9,]+자만 보여 드렸어요\\. "
                    + "파일 크기는 132KB이고, 검색도 앞부분 [0-9,]+자까지만 돼요\\.\\)$");
        }
    }

    @Test
    void file_sizes_read_like_a_person_would_write_them() {
        assertThat(DocumentTool.fileSize(26L * 1024 * 1024 + 300 * 1024)).isEqualTo("26.3MB");
        assertThat(DocumentTool.fileSize(850 * 1024)).isEqualTo("850KB");
        assertThat(DocumentTool.fileSize(10)).isEqualTo("1KB");
    }

    @Test
    void an_unknown_id_gets_a_clear_reply() {
        assertThat(tool.run(read("0123456789ab"), context).text())
                .isEqualTo("ID가 0123456789ab인 문서를 찾을 수 없어요. 지워졌거나 바뀌었을 수 있으니 다시 검색해 주세요.");
    }

    @Test
    void a_malformed_or_missing_id_is_asked_back() {
        assertThatThrownBy(() -> tool.run(read("../../etc/passwd"), context))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ToolFailure.Kind.BAD_INPUT);
                    assertThat(failure.userMessage()).contains("올바른 문서 ID가 아니에요");
                });
        assertThatThrownBy(() -> tool.run(new ToolCall("document", "read", Map.of()), context))
                .isInstanceOfSatisfying(ToolFailure.class,
                        failure -> assertThat(failure.userMessage()).contains("문서 ID를 알려 주세요"));
    }

    @Test
    void read_accepts_the_exact_title_a_model_passed_instead_of_the_id() throws IOException {
        docs.write("plan.md", "# 여행 계획\n\n부산으로 갑니다.");
        index.sync();

        assertThat(tool.run(read("여행 계획"), context).text()).contains("부산으로 갑니다.");
    }

    @Test
    void the_scheduler_picks_up_a_new_file_without_a_restart() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (DocumentSyncScheduler scheduler = new DocumentSyncScheduler(index, executor, Duration.ofMillis(20))) {
            scheduler.start();
            docs.write("new.txt", "새로 넣은 견적서");

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String reply = tool.run(search("견적서"), context).text();
            while (!reply.contains("new.txt") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                reply = tool.run(search("견적서"), context).text();
            }

            assertThat(reply).contains("새로 넣은 «견적서»");
        } finally {
            executor.shutdownNow();
        }
    }

    private static ToolCall search(String query) {
        return new ToolCall("document", "search", Map.of("query", query));
    }

    private static ToolCall read(String id) {
        return new ToolCall("document", "read", Map.of("doc_id", id));
    }

    private static String idIn(String text) {
        Matcher matcher = ID.matcher(text);
        assertThat(matcher.find()).as("an id in: %s", text).isTrue();
        return matcher.group(1);
    }
}
