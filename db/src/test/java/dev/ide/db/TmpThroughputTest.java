package dev.ide.db;

import dev.ide.core.message.*;
import dev.ide.core.store.*;
import java.nio.file.Path;
import java.time.*;
import java.util.concurrent.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmpThroughputTest {
    @TempDir Path dir;

    @Test
    void measure() throws Exception {
        try (Database db = Database.open(dir)) {
            JdbcJobStore jobs = new JdbcJobStore(db);
            JdbcHistoryStore history = new JdbcHistoryStore(db);
            JdbcDraftStore drafts = new JdbcDraftStore(db);
            for (int round = 0; round < 3; round++) {
                int n = 5000;
                int r = round;
                ExecutorService pool = Executors.newFixedThreadPool(4);
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int k = i;
                    pool.submit(() -> {
                        IncomingMessage m = IncomingMessage.text(Platform.TELEGRAM, "c" + (k % 50), "42", "x", "안녕 " + k,
                                r + "-" + k, Instant.now(), ChatKind.PRIVATE);
                        ConversationKey key = m.conversation();
                        long id = jobs.accept(m).orElseThrow();
                        jobs.markRunning(id);
                        drafts.find(key);
                        history.recent(key, 10);
                        history.append(key, Turn.user(m.text(), Instant.now()));
                        history.append(key, Turn.assistant("답변 " + k, Instant.now()));
                        jobs.markDone(id);
                    });
                }
                pool.shutdown();
                pool.awaitTermination(5, TimeUnit.MINUTES);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.println("round " + round + ": " + n + " msgs in " + ms + " ms = " + (n * 1000L / Math.max(1, ms)) + " msg/s");
            }
        }
    }
}
