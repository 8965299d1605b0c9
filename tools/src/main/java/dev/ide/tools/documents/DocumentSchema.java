package dev.ide.tools.documents;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The index's fields and analyzers. Text is indexed twice: {@code ko} with Nori (Korean morphology: 회의를 → 회의)
 * and {@code en} with the English analyzer (stemming: meetings → meet). Only {@code ko} stores the text, with
 * offsets, so the highlighter can mark matches of both fields in it.
 *
 * <p>Besides documents the index holds skip records: files that could not be read (corrupt, binary, a link out of
 * the folder), with the size and time they had, so an unchanged bad file is not read again after a restart. They
 * have no id and no text, so searches and reads never see them.
 */
final class DocumentSchema {

    /** Bump when fields or analysis change: an index of another version is rebuilt from the files. */
    static final String VERSION = "2";
    static final String VERSION_KEY = "ide.documents.schema";

    static final String ID = "id";
    static final String PATH = "path";
    static final String SIZE = "size";
    static final String MTIME = "mtime";
    static final String TITLE = "title";
    static final String TITLE_KO = "title_ko";
    static final String TITLE_EN = "title_en";
    static final String KO = "ko";
    static final String EN = "en";
    /** Stored 1 when the text is the file's first part only. */
    static final String TRUNCATED = "truncated";
    /** Only on skip records: their path, the key to replace or drop them by. */
    static final String SKIPPED = "skipped";
    /** Only on skip records, so they can be counted apart from documents. */
    static final String KIND = "kind";
    static final String KIND_SKIPPED = "skipped";

    /** Query boosts: a match in the title counts more than one in the body. */
    static final Map<String, Float> SEARCH_FIELDS = Map.of(KO, 1f, EN, 1f, TITLE_KO, 2f, TITLE_EN, 2f);

    private static final FieldType KO_TEXT = textWithOffsets(true);
    private static final FieldType EN_TEXT = textWithOffsets(false);

    private DocumentSchema() {
    }

    static Analyzer analyzer() {
        Analyzer korean = new KoreanAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(KO, korean, TITLE_KO, korean));
    }

    static Document document(String id, String relativePath, long size, long mtimeMillis, ExtractedText content) {
        Document doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new StoredField(PATH, relativePath));
        doc.add(new StoredField(SIZE, size));
        doc.add(new StoredField(MTIME, mtimeMillis));
        doc.add(new StoredField(TITLE, content.title()));
        doc.add(new TextField(TITLE_KO, content.title(), Field.Store.NO));
        doc.add(new TextField(TITLE_EN, content.title(), Field.Store.NO));
        doc.add(new Field(KO, content.text(), KO_TEXT));
        doc.add(new Field(EN, content.text(), EN_TEXT));
        doc.add(new StoredField(TRUNCATED, content.truncated() ? 1 : 0));
        return doc;
    }

    static Document skipRecord(String relativePath, long size, long mtimeMillis) {
        Document doc = new Document();
        doc.add(new StringField(KIND, KIND_SKIPPED, Field.Store.NO));
        doc.add(new StringField(SKIPPED, relativePath, Field.Store.YES));
        doc.add(new StoredField(SIZE, size));
        doc.add(new StoredField(MTIME, mtimeMillis));
        return doc;
    }

    private static FieldType textWithOffsets(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
