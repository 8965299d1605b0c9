package dev.ide.db;

import dev.ide.core.message.*;
import dev.ide.core.store.*;
import java.nio.file.Path;
import java.sql.*;
import java.time.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmpExplainTest {
    @TempDir Path dir;

    @Test
    void measure() throws Exception {
        try (Database db = Database.open(dir)) {
            JdbcJobStore jobs = new JdbcJobStore(db);
            JdbcHistoryStore history = new JdbcHistoryStore(db);
            JdbcDraftStore drafts = new JdbcDraftStore(db);
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                for (String q : new String[]{"EXPLAIN SELECT role, text, at FROM history WHERE conversation = 'a' ORDER BY id DESC LIMIT 10",
                        "EXPLAIN SELECT role, text, at FROM history WHERE conversation = 'a' ORDER BY conversation, id DESC LIMIT 10",
                        "EXPLAIN SELECT role, text, at FROM history WHERE conversation = 'a' ORDER BY conversation DESC, id DESC LIMIT 10",
                        "EXPLAIN SELECT id FROM jobs WHERE state IN ('ACCEPTED', 'RUNNING') ORDER BY id"}) {
                    try (ResultSet rs = s.executeQuery(q)) { rs.next(); System.out.println("PLAN " + rs.getString(1)); }
                }
            }
            for (int round = 0; round < 3; round++) {
                long[] t = new long[7];
                int n = 3000;
                for (int k = 0; k < n; k++) {
                    IncomingMessage m = IncomingMessage.text(Platform.TELEGRAM, "c" + (k % 50), "42", "x", "안녕 " + k,
                            round + "-" + k, Instant.now(), ChatKind.PRIVATE);
                    ConversationKey key = m.conversation();
                    long a = System.nanoTime();
                    long id = jobs.accept(m).orElseThrow();
                    long b = System.nanoTime(); t[0] += b - a;
                    jobs.markRunning(id);
                    long c = System.nanoTime(); t[1] += c - b;
                    drafts.find(key);
                    long d = System.nanoTime(); t[2] += d - c;
                    history.recent(key, 10);
                    long e = System.nanoTime(); t[3] += e - d;
                    history.append(key, Turn.user(m.text(), Instant.now()));
                    long f = System.nanoTime(); t[4] += f - e;
                    jobs.markDone(id);
                    long g = System.nanoTime(); t[5] += g - f;
                }
                StringBuilder sb = new StringBuilder("round " + round + " us/op:");
                for (String name : new String[]{"accept","running","draftFind","recent","append","done"}) {}
                String[] names = {"accept","running","draftFind","recent","append","done"};
                for (int i = 0; i < 6; i++) sb.append(' ').append(names[i]).append('=').append(t[i] / n / 1000);
                System.out.println(sb);
            }
        }
    }
}
