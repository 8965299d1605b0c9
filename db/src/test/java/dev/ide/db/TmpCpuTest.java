package dev.ide.db;

import dev.ide.core.message.*;
import dev.ide.core.store.*;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.*;
import java.time.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmpCpuTest {
    @TempDir Path dir;

    @Test
    void measure() throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        try (Database db = Database.open(dir)) {
            JdbcJobStore jobs = new JdbcJobStore(db);
            JdbcHistoryStore history = new JdbcHistoryStore(db);
            JdbcDraftStore drafts = new JdbcDraftStore(db);
            for (int round = 0; round < 4; round++) {
                int n = 3000;
                long[] t = new long[6];
                long cpu0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (int k = 0; k < n; k++) {
                    IncomingMessage m = IncomingMessage.text(Platform.TELEGRAM, "c" + (k % 50), "42", "x", "안녕 " + k,
                            round + "-" + k, Instant.now(), ChatKind.PRIVATE);
                    ConversationKey key = m.conversation();
                    long a = mx.getCurrentThreadCpuTime();
                    long id = jobs.accept(m).orElseThrow();
                    long b = mx.getCurrentThreadCpuTime(); t[0] += b - a;
                    jobs.markRunning(id);
                    long c = mx.getCurrentThreadCpuTime(); t[1] += c - b;
                    drafts.find(key);
                    long d = mx.getCurrentThreadCpuTime(); t[2] += d - c;
                    history.recent(key, 10);
                    long e = mx.getCurrentThreadCpuTime(); t[3] += e - d;
                    history.append(key, Turn.user(m.text(), Instant.now()));
                    long f = mx.getCurrentThreadCpuTime(); t[4] += f - e;
                    jobs.markDone(id);
                    long g = mx.getCurrentThreadCpuTime(); t[5] += g - f;
                }
                long cpu = mx.getCurrentThreadCpuTime() - cpu0;
                long wall = System.nanoTime() - w0;
                System.out.println("round " + round + ": cpu us/msg=" + cpu / n / 1000 + " wall us/msg=" + wall / n / 1000 + " accept,running,find,recent,append,done=" + t[0]/n/1000 + "," + t[1]/n/1000 + "," + t[2]/n/1000 + "," + t[3]/n/1000 + "," + t[4]/n/1000 + "," + t[5]/n/1000);
            }
            ConversationKey ck = new ConversationKey(Platform.TELEGRAM, "c1");
            long q0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 20000; i++) { drafts.find(ck); }
            System.out.println("drafts.find loop cpu us=" + (mx.getCurrentThreadCpuTime() - q0) / 20000 / 1000.0);
            q0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 20000; i++) { history.recent(ck, 10); }
            System.out.println("recent loop cpu us=" + (mx.getCurrentThreadCpuTime() - q0) / 20000 / 1000.0);
            q0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 5000; i++) { history.append(ck, Turn.user("x", Instant.now())); }
            System.out.println("append loop cpu us=" + (mx.getCurrentThreadCpuTime() - q0) / 5000 / 1000.0);
            // raw pool cost
            long cpu0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 20000; i++) { try (Connection c = db.dataSource().getConnection()) { } }
            System.out.println("pool get+close cpu us=" + (mx.getCurrentThreadCpuTime() - cpu0) / 20000 / 1000.0);
            try (Connection c = db.connection()) {
                cpu0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < 20000; i++) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM drafts WHERE conversation = ?")) {
                        ps.setString(1, "x"); try (ResultSet rs = ps.executeQuery()) { rs.next(); }
                    }
                }
                System.out.println("pk lookup on one connection cpu us=" + (mx.getCurrentThreadCpuTime() - cpu0) / 20000 / 1000.0);
            }
        }
    }
}
