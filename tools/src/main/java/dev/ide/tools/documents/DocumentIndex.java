package dev.ide.tools.documents;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene index of the documents folder, kept on disk under the data directory. {@link #sync()} brings it up to date
 * with the folder (new, changed and deleted files; unchanged files are not read). When another process holds the
 * index (an {@code ide-bot ask} beside a running bot), it opens read-only: searches see the other process's last
 * commit and {@link #sync()} only refreshes the view.
 *
 * <p>Thread-safe: searches run on any thread; syncs are serialized.
 */
public final class DocumentIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(DocumentIndex.class);
    static final String MARK_OPEN = "«";
    static final String MARK_CLOSE = "»";
    /** A first sync of a big folder becomes searchable in steps rather than all at the end. */
    private static final int COMMIT_EVERY_FILES = 200;
    private static final int SNIPPET_GOAL = 140;
    private static final int SNIPPET_MAX = 260;
    private static final Set<String> STORED_FOR_HIT = Set.of(DocumentSchema.ID, DocumentSchema.TITLE,
            DocumentSchema.PATH);

    private final DocumentFolder folder;
    private final Directory directory;
    private final Analyzer analyzer;
    private final TextExtractor extractor;
    private final IndexWriter writer; // null when another process owns the index
    private volatile SearcherManager searchers; // null while a read-only index has no commit yet
    private final Map<String, FileStamp> indexed = new HashMap<>(); // relative path -> stamp; guarded by this
    // Unreadable files, not retried until changed; kept as skip records in the index, so also not after a restart.
    private final Map<String, FileStamp> skipped = new HashMap<>();
    private boolean missingFolderLogged;

    private DocumentIndex(DocumentFolder folder, Directory directory, Analyzer analyzer, IndexWriter writer,
            TextExtractor extractor) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.extractor = extractor;
        if (writer != null) {
            searchers = new SearcherManager(writer, null);
            loadStamps();
        } else {
            refreshReadOnly();
        }
    }

    /**
     * Opens (or creates) the index of {@code documentsDir} in {@code indexDir}. Call {@link #sync()} to fill it.
     *
     * @throws IOException when the index directory cannot be created or read at all
     */
    public static DocumentIndex open(Path documentsDir, Path indexDir) throws IOException {
        return open(documentsDir, indexDir, new TextExtractor());
    }

    /** With another extractor, e.g. one with a small character limit in tests. */
    static DocumentIndex open(Path documentsDir, Path indexDir, TextExtractor extractor) throws IOException {
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        Analyzer analyzer = DocumentSchema.analyzer();
        try {
            IndexWriter writer = openWriter(directory, analyzer);
            return new DocumentIndex(new DocumentFolder(documentsDir, indexDir), directory, analyzer, writer,
                    extractor);
        } catch (LockObtainFailedException inUse) {
            log.info("Document index {} is in use by another process; searching it read-only", indexDir);
            return new DocumentIndex(new DocumentFolder(documentsDir, indexDir), directory, analyzer, null,
                    extractor);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static IndexWriter openWriter(Directory directory, Analyzer analyzer) throws IOException {
        IndexWriterConfig.OpenMode mode = IndexWriterConfig.OpenMode.CREATE_OR_APPEND;
        try {
            if (DirectoryReader.indexExists(directory)) {
                String version = SegmentInfos.readLatestCommit(directory).getUserData()
                        .get(DocumentSchema.VERSION_KEY);
                if (!DocumentSchema.VERSION.equals(version)) {
                    log.info("Document index has another schema version; rebuilding it from the documents folder");
                    mode = IndexWriterConfig.OpenMode.CREATE;
                }
            }
        } catch (IOException e) {
            // Corrupt, truncated or from another Lucene version. The index is only a cache of the folder: rebuild
            // rather than refuse to start (if another process owns it, the writer below fails to lock instead).
            log.warn("Document index is unreadable ({}); rebuilding it", e.getClass().getSimpleName());
            mode = IndexWriterConfig.OpenMode.CREATE;
        }
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode)
                .setCommitOnClose(true));
        writer.setLiveCommitData(Map.of(DocumentSchema.VERSION_KEY, DocumentSchema.VERSION).entrySet());
        if (mode == IndexWriterConfig.OpenMode.CREATE) {
            writer.commit(); // so a reader in another process never sees the old schema again
        }
        return writer;
    }

    private void loadStamps() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document fields = stored.document(doc, Set.of(DocumentSchema.PATH, DocumentSchema.SKIPPED,
                                DocumentSchema.SIZE, DocumentSchema.MTIME));
                        FileStamp stamp = new FileStamp(
                                fields.getField(DocumentSchema.SIZE).numericValue().longValue(),
                                fields.getField(DocumentSchema.MTIME).numericValue().longValue());
                        String skippedPath = fields.get(DocumentSchema.SKIPPED);
                        if (skippedPath != null) {
                            skipped.put(skippedPath, stamp);
                        } else {
                            indexed.put(fields.get(DocumentSchema.PATH), stamp);
                        }
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** Whether another process owns the index, so this one only searches. */
    public boolean readOnly() {
        return writer == null;
    }

    /**
     * Brings the index up to date with the folder: reads new and changed files (by size and modification time),
     * removes deleted ones, and commits so other processes see it. An unreadable file, a binary file with a text
     * extension and a link out of the folder are skipped with one warning and not retried until they change, also
     * across restarts (skip records in the index).
     */
    public synchronized SyncReport sync() throws IOException {
        if (writer == null) {
            refreshReadOnly();
            return SyncReport.NOTHING;
        }
        if (!folder.exists()) {
            if (!missingFolderLogged) {
                log.warn("Documents folder {} does not exist; document search has nothing to search", folder.root());
                missingFolderLogged = true;
            }
            return SyncReport.NOTHING;
        }
        missingFolderLogged = false;
        Map<String, DocumentFolder.Entry> found = folder.scan();
        int added = 0;
        int updated = 0;
        int removed = 0;
        int skippedNow = 0;
        int unchanged = 0;
        int read = 0;
        boolean recordsChanged = false;
        for (Map.Entry<String, DocumentFolder.Entry> entry : found.entrySet()) {
            String path = entry.getKey();
            FileStamp stamp = entry.getValue().stamp();
            if (stamp.equals(indexed.get(path)) || stamp.equals(skipped.get(path))) {
                unchanged++;
                continue;
            }
            boolean wasIndexed = indexed.containsKey(path);
            ExtractedText content = null;
            Path file = entry.getValue().file();
            if (entry.getValue().outside()) {
                log.warn("Skipped document {}: it is a link to a place outside the documents folder", path);
            } else if (TextExtractor.tooLarge(file, stamp.size())) {
                log.warn("Skipped document {}: larger than {} MB", path, TextExtractor.MAX_PDF_BYTES / (1024 * 1024));
            } else {
                read++;
                content = readQuietly(file, path);
            }
            if (content == null) {
                skippedNow++;
                skipped.put(path, stamp);
                writer.updateDocument(new Term(DocumentSchema.SKIPPED, path),
                        DocumentSchema.skipRecord(path, stamp.size(), stamp.mtimeMillis()));
                recordsChanged = true;
                if (wasIndexed) { // its old text is no longer what the file says
                    writer.deleteDocuments(new Term(DocumentSchema.ID, DocId.of(path)));
                    indexed.remove(path);
                    removed++;
                }
                continue;
            }
            if (skipped.remove(path) != null) {
                writer.deleteDocuments(new Term(DocumentSchema.SKIPPED, path));
                recordsChanged = true;
            }
            writer.updateDocument(new Term(DocumentSchema.ID, DocId.of(path)),
                    DocumentSchema.document(DocId.of(path), path, stamp.size(), stamp.mtimeMillis(), content));
            indexed.put(path, stamp);
            if (wasIndexed) {
                updated++;
            } else {
                added++;
            }
            if (read % COMMIT_EVERY_FILES == 0) {
                commitAndRefresh();
            }
        }
        for (String path : List.copyOf(indexed.keySet())) {
            if (!found.containsKey(path)) {
                writer.deleteDocuments(new Term(DocumentSchema.ID, DocId.of(path)));
                indexed.remove(path);
                removed++;
            }
        }
        for (String path : List.copyOf(skipped.keySet())) {
            if (!found.containsKey(path)) {
                writer.deleteDocuments(new Term(DocumentSchema.SKIPPED, path));
                skipped.remove(path);
                recordsChanged = true;
            }
        }
        SyncReport report = new SyncReport(added, updated, removed, skippedNow, unchanged, read);
        if (recordsChanged && !report.changedIndex()) {
            writer.commit(); // only skip records changed: nothing to search anew
        }
        if (report.changedIndex()) {
            commitAndRefresh();
            log.info("Document index updated: {} added, {} changed, {} removed, {} skipped", added, updated,
                    removed, skippedNow);
        }
        return report;
    }

    private void commitAndRefresh() throws IOException {
        writer.commit(); // a commit is what another process (ide-bot ask) can see
        searchers.maybeRefreshBlocking();
    }

    private ExtractedText readQuietly(Path file, String path) {
        try {
            return extractor.extract(file);
        } catch (TextExtractor.NotText e) {
            log.warn("Skipped document {}: not a text file (it contains NUL bytes)", path);
            return null;
        } catch (IOException | RuntimeException e) {
            // One line, the file's name only: a parser's message may quote the file's contents.
            log.warn("Skipped unreadable document {} ({})", path, e.getClass().getSimpleName());
            return null;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Reading is bounded, but a pathological PDF or deeply nested HTML can still exhaust a parser. The file's
            // objects are garbage now: skip it (and remember that) rather than end the sync or the process.
            log.warn("Skipped document {}: too large or too deeply nested to read ({})", path,
                    e.getClass().getSimpleName());
            return null;
        }
    }

    private void refreshReadOnly() throws IOException {
        if (searchers == null) {
            if (DirectoryReader.indexExists(directory)) {
                searchers = new SearcherManager(directory, null);
            }
        } else {
            searchers.maybeRefresh();
        }
    }

    /** How many documents are searchable. */
    public int documentCount() throws IOException {
        SearcherManager manager = searchers;
        if (manager == null) {
            return 0;
        }
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().numDocs()
                    - searcher.count(new TermQuery(new Term(DocumentSchema.KIND, DocumentSchema.KIND_SKIPPED)));
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * The best {@code limit} documents for a free-text query (Korean and English), with snippets where matches are
     * marked «like this». A query with no searchable word finds nothing.
     */
    public List<DocumentHit> search(String query, int limit) throws IOException {
        SearcherManager manager = searchers;
        Query parsed = parse(query);
        if (manager == null || parsed == null) {
            return List.of();
        }
        IndexSearcher searcher = manager.acquire();
        try {
            TopDocs top = searcher.search(parsed, limit);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            String[] snippets = highlighter(searcher).highlight(DocumentSchema.KO, parsed, top, 1);
            StoredFields stored = searcher.storedFields();
            List<DocumentHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                Document doc = stored.document(scoreDoc.doc, STORED_FOR_HIT);
                String title = TextExtractor.cleanTitle(doc.get(DocumentSchema.TITLE));
                hits.add(new DocumentHit(doc.get(DocumentSchema.ID), title, doc.get(DocumentSchema.PATH),
                        tidy(snippets[i])));
            }
            return hits;
        } finally {
            manager.release(searcher);
        }
    }

    /** The document with this id, when the index holds one. */
    public Optional<IndexedDocument> read(String docId) throws IOException {
        SearcherManager manager = searchers;
        if (manager == null) {
            return Optional.empty();
        }
        IndexSearcher searcher = manager.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(DocumentSchema.ID, docId)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
            IndexableField truncated = doc.getField(DocumentSchema.TRUNCATED);
            return Optional.of(new IndexedDocument(doc.get(DocumentSchema.ID), doc.get(DocumentSchema.TITLE),
                    doc.get(DocumentSchema.PATH), doc.get(DocumentSchema.KO),
                    truncated != null && truncated.numericValue().intValue() == 1,
                    doc.getField(DocumentSchema.SIZE).numericValue().longValue()));
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * Free text to a query over both analyses and the title. Words are OR-ed and ranked; a word Nori splits
     * (회의록 → 회의 + 록) becomes a phrase so its parts stay adjacent. Operators a model might type are not syntax.
     */
    private Query parse(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String[] fields = DocumentSchema.SEARCH_FIELDS.keySet().toArray(String[]::new);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, DocumentSchema.SEARCH_FIELDS);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        try {
            // Lower case first: AND/OR/NOT are operators only in upper case, and every analyzer lower-cases anyway.
            return parser.parse(QueryParser.escape(query.toLowerCase(Locale.ROOT)));
        } catch (ParseException | RuntimeException e) {
            log.debug("Unparsable document query ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withMaskedFieldsFunc(field -> field.equals(DocumentSchema.KO) ? Set.of(DocumentSchema.EN) : Set.of())
                .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, " … ", false))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_GOAL, 0.5f))
                .withMaxLength(extractor.maxChars())
                .build();
    }

    /** One line, bounded: documents' line breaks and long sentences would flood a chat message. */
    private static String tidy(String snippet) {
        if (snippet == null) {
            return "";
        }
        String line = TextExtractor.clean(snippet).replaceAll("\\s+", " ").strip();
        if (line.length() <= SNIPPET_MAX) {
            return line;
        }
        int mark = Math.max(0, line.indexOf(MARK_OPEN));
        int start = Math.max(0, Math.min(mark - SNIPPET_GOAL / 2, line.length() - SNIPPET_MAX));
        String cut = line.substring(start, start + SNIPPET_MAX).strip();
        return (start > 0 ? "… " : "") + cut + (start + SNIPPET_MAX < line.length() ? " …" : "");
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
