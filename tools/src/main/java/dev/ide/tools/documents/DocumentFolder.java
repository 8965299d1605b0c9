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
 */
final class DocumentFolder {

    private static final Logger log = LoggerFactory.getLogger(DocumentFolder.class);
    private static final int MAX_DEPTH = 32;

    record Entry(Path file, FileStamp stamp) {
    }

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
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(root) && (hidden(dir) || dir.toAbsolutePath().normalize().equals(excluded));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file) && TextExtractor.supports(file)) {
                    found.put(relative(file), new Entry(file,
                            new FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis())));
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

    private String relative(Path file) {
        String path = root.relativize(file).toString().replace('\\', '/');
        return Normalizer.normalize(path, Normalizer.Form.NFC);
    }

    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$");
    }
}
