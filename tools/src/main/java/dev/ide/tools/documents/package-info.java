/**
 * The {@code document} tool: a Lucene index of the documents folder (Markdown, text, HTML, PDF) with Korean (Nori)
 * and English analysis, kept in step with the folder by {@link dev.ide.tools.documents.DocumentIndex#sync()}.
 * Wiring: {@code DocumentIndex.open(DOCUMENTS_DIR, DATA_DIR/index)}, a {@code DocumentSyncScheduler} on it, and a
 * {@code DocumentTool} in the tool registry; close the index at shutdown.
 */
package dev.ide.tools.documents;
