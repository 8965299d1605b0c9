package dev.ide.tools.documents;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents folder as the index sees it: every supported, non-hidden file below it with its size and
 * modification time, keyed by its '/'-separated relative path. Only attributes are read, never contents.
 *
 * <p>Symbolic links are followed only while they stay inside the folder: a file or directory whose real path lies
 * outside it is listed as {@link Entry#outside() outside} (never read, its directory never entered), so a link such
 * as {@code shadow-link.md -> /etc/shadow} cannot make another file searchable.
 */
final class DocumentFolder {

    private static final Logger log = LoggerFactory.getLogger(DocumentFolder.class);
    private static final int MAX_DEPTH = 32;

    /** {@code outside}: a link leading out of the folder, to be refused rather than read. */
    record Entry(Path file, FileStamp stamp, boolean outside) {
    }

    /** The stamp of a refused link: the link is refused whatever its target holds, and never equals a file's. */
    private static final FileStamp REFUSED = new FileStamp(-1, -1);

    private final Path root;
    private final Path excluded;

    /** {@code excluded} is skipped when it lies inside the folder (the index itself, when DATA_DIR is inside). */
    DocumentFolder(Path root, Path excluded) {
        this.root = root.toAbsolutePath().normalize();
        this.excluded = excluded.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    boolean exists() {
        return Files.isDirectory(root);
    }

    Map<String, Entry> scan() throws IOException {
        Map<String, Entry> found = new TreeMap<>();
        Path realRoot = root.toRealPath(); // DOCUMENTS_DIR itself may be a link
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (hidden(dir) || dir.toAbsolutePath().normalize().equals(excluded)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (leadsOutside(dir, realRoot)) {
                    found.put(relative(dir), new Entry(dir, REFUSED, true));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file) && TextExtractor.supports(file)) {
                    found.put(relative(file), leadsOutside(file, realRoot) ? new Entry(file, REFUSED, true)
                            : new Entry(file, new FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis()), false));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // An unreadable entry or a symlink loop must not stop the rest of the folder from indexing.
                log.debug("Cannot visit {} ({})", root.relativize(file), e.getClass().getSimpleName());
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /**
     * Whether a link leads out of the folder. Only links need the (costlier) real path: every directory the walk
     * enters has been checked, so a plain entry in it is inside. An unresolvable link counts as outside.
     */
    private static boolean leadsOutside(Path path, Path realRoot) {
        if (!Files.isSymbolicLink(path)) {
            return false;
        }
        try {
            return !path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return true;
        }
    }

    private String relative(Path file) {
        String path = root.relativize(file).toString().replace('\\', '/');
        return Normalizer.normalize(path, Normalizer.Form.NFC);
    }

    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$");
    }
}
