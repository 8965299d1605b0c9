package dev.ide.tools.documents;

/** One search hit: the stable id to read it by, its title, where it lies in the folder, and a marked snippet. */
public record DocumentHit(String docId, String title, String path, String snippet) {
}
