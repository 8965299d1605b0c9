package dev.ide.tools.documents;

import dev.ide.core.text.Msg;
import dev.ide.core.tool.Tool;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolContext;
import dev.ide.core.tool.ToolFailure;
import dev.ide.core.tool.ToolResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code document} tool: {@code search(query)} over the documents folder and {@code read(doc_id)}. Parameters
 * come from a model, so both operations accept a few likely spellings of their parameter and answer a bad value with
 * a clarifying question.
 */
public final class DocumentTool implements Tool {

    public static final String NAME = "document";
    static final int MAX_HITS = 5;
    static final int MAX_QUERY_CHARS = 200;
    /** Leaves room for the header and the notice within one Telegram message (4,096). */
    static final int READ_LIMIT = 3_500;

    private static final Logger log = LoggerFactory.getLogger(DocumentTool.class);
    private static final List<String> QUERY_PARAMS = List.of("query", "q", "keyword", "keywords", "text", "title");
    private static final List<String> ID_PARAMS = List.of("doc_id", "docid", "id", "document_id", "document");

    private final DocumentIndex index;

    public DocumentTool(DocumentIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> operations() {
        return Set.of("search", "read");
    }

    @Override
    public ToolResult run(ToolCall call, ToolContext context) {
        try {
            return switch (call.operation()) {
                case "search" -> search(first(call, QUERY_PARAMS));
                case "read" -> read(first(call, ID_PARAMS));
                default -> throw ToolFailure.badInput(Msg.UNKNOWN_OPERATION.format(Msg.TOOL_NAME_DOCUMENT.text()));
            };
        } catch (ToolFailure failure) {
            throw failure;
        } catch (IOException | RuntimeException e) { // e.g. an index closed at shutdown: nothing else may escape
            log.warn("Document index failed ({})", e.getClass().getSimpleName());
            throw ToolFailure.unavailable(Msg.TOOL_FAILED.format(Msg.TOOL_NAME_DOCUMENT.text()), e);
        }
    }

    private ToolResult search(String query) throws IOException {
        if (query == null) {
            throw ToolFailure.badInput(Msg.DOC_QUERY_EMPTY.text());
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw ToolFailure.badInput(Msg.DOC_QUERY_TOO_LONG.format(MAX_QUERY_CHARS));
        }
        List<DocumentHit> hits = index.search(query, MAX_HITS);
        if (hits.isEmpty()) {
            String text = index.documentCount() == 0 ? Msg.DOC_INDEX_EMPTY.text() : Msg.DOC_SEARCH_NONE.format(query);
            return ToolResult.of(text);
        }
        StringBuilder text = new StringBuilder(Msg.DOC_SEARCH_HEADER.format(query, hits.size()));
        for (int i = 0; i < hits.size(); i++) {
            DocumentHit hit = hits.get(i);
            text.append("\n\n").append(Msg.DOC_SEARCH_HIT.format(i + 1, hit.title(), hit.path(), hit.docId()));
            if (!hit.snippet().isEmpty()) {
                text.append("\n   ").append(hit.snippet());
            }
        }
        text.append("\n\n").append(Msg.DOC_SEARCH_FOOTER.format(hits.get(0).docId()));
        String found = hits.stream().map(hit -> hit.title() + " [" + hit.docId() + "]")
                .collect(Collectors.joining(", "));
        return new ToolResult(text.toString(), List.of(), Msg.DOC_SEARCH_SUMMARY.format(query, found));
    }

    private ToolResult read(String requested) throws IOException {
        if (requested == null) {
            throw ToolFailure.badInput(Msg.DOC_ID_MISSING.text());
        }
        String docId = DocId.normalize(requested);
        Optional<IndexedDocument> document = docId != null ? index.read(docId) : byExactTitle(requested);
        if (docId == null && document.isEmpty()) {
            throw ToolFailure.badInput(Msg.DOC_ID_INVALID.format(shorten(requested)));
        }
        if (document.isEmpty()) {
            return ToolResult.of(Msg.DOC_NOT_FOUND.format(docId));
        }
        IndexedDocument doc = document.get();
        String body = doc.text() == null ? "" : doc.text().strip();
        StringBuilder text = new StringBuilder(Msg.DOC_READ_HEADER.format(doc.title(), doc.path())).append("\n\n");
        if (body.isEmpty()) {
            text.append(Msg.DOC_READ_EMPTY.text());
        } else if (body.length() <= READ_LIMIT && !doc.truncated()) {
            text.append(body);
        } else {
            String cut = body.length() <= READ_LIMIT ? body : cut(body, READ_LIMIT);
            // A truncated document's length is only the indexed part's: name the file's size instead.
            String note = doc.truncated()
                    ? Msg.DOC_READ_CUT_LARGE_FILE.format(cut.length(), fileSize(doc.fileBytes()), body.length())
                    : Msg.DOC_READ_CUT.format(body.length(), cut.length());
            text.append(cut).append("\n\n").append(note);
        }
        return new ToolResult(text.toString(), List.of(), Msg.DOC_READ_SUMMARY.format(doc.title(), doc.docId()));
    }

    /** A model sometimes passes the title it saw instead of the id: accept it when one document has exactly it. */
    private Optional<IndexedDocument> byExactTitle(String title) throws IOException {
        if (title.length() > MAX_QUERY_CHARS) {
            return Optional.empty();
        }
        List<DocumentHit> matches = index.search(title, MAX_HITS).stream()
                .filter(hit -> hit.title().equalsIgnoreCase(title.strip())).toList();
        return matches.size() == 1 ? index.read(matches.get(0).docId()) : Optional.empty();
    }

    /** The text up to {@code limit}, ending at a paragraph, line or word boundary when one is near. */
    static String cut(String text, int limit) {
        int floor = limit * 4 / 5;
        int end = text.lastIndexOf("\n\n", limit);
        if (end < floor) {
            end = text.lastIndexOf('\n', limit);
        }
        if (end < floor) {
            end = text.lastIndexOf(' ', limit);
        }
        if (end < floor) {
            end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        }
        return text.substring(0, end).stripTrailing();
    }

    /** A file size for a person: "26.3MB", "850KB". */
    static String fileSize(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        if (megabytes >= 1) {
            return String.format(Locale.ROOT, "%,.1fMB", megabytes);
        }
        return String.format(Locale.ROOT, "%,dKB", Math.max(1, (bytes + 1023) / 1024));
    }

    private static String first(ToolCall call, List<String> names) {
        for (String name : names) {
            String value = call.text(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
