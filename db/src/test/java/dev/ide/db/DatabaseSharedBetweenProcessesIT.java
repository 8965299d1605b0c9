package dev.ide.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import dev.ide.core.store.Turn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ide-bot ask} runs beside {@code ide-bot run} on the same data folder. H2 shares one engine per JVM, so only
 * a second JVM proves the AUTO_SERVER hand-off: it must read what the first wrote and write what the first then
 * reads, while the first keeps the database open.
 */
class DatabaseSharedBetweenProcessesIT {

    private static final ConversationKey CONSOLE = new ConversationKey(Platform.CONSOLE, "console");

    @TempDir
    Path dataDir;

    @Test
    void a_second_process_shares_history_with_the_process_that_has_the_database_open() throws Exception {
        try (Database db = Database.open(dataDir)) {
            JdbcHistoryStore history = new JdbcHistoryStore(db);
            history.append(CONSOLE, Turn.user("첫 번째 프로세스", Instant.parse("2026-11-27T00:00:00Z")));

            ChildResult child = runChild(CONSOLE.asString(), "두 번째 프로세스");

            assertThat(child.exitCode()).as(child.output()).isZero();
            assertThat(child.output()).contains("seen: 첫 번째 프로세스");
            assertThat(history.recent(CONSOLE, 10)).extracting(Turn::text)
                    .containsExactly("첫 번째 프로세스", "두 번째 프로세스");
        }
    }

    private record ChildResult(int exitCode, String output) {
    }

    private ChildResult runChild(String conversation, String text) throws IOException, InterruptedException {
        Path log = dataDir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), AppendTurnMain.class.getName(),
                dataDir.toString(), conversation, text)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child process did not finish in 120 s:\n" + read(log));
        }
        return new ChildResult(process.exitValue(), read(log));
    }

    private static String read(Path log) throws IOException {
        return String.join("\n", Files.readAllLines(log, StandardCharsets.UTF_8));
    }
}
