package dev.ide.bench;

import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import dev.ide.core.store.Turn;
import dev.ide.db.Database;
import dev.ide.db.JdbcHistoryStore;
import dev.ide.tools.documents.DocumentIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Resident memory of a bot process ({@code ide-bot console}, with the launcher's JVM options) whose database holds
 * {@code turns} history turns of its conversation and whose documents folder holds {@code documents} indexed
 * documents, after it has answered a direct question, a document search, a calendar request and a routed question.
 */
final class Memory {

    record Result(int turns, int documents, long rssKb, long peakKb) {
    }

    private static final String[] WORDS = {"회의", "예산", "프로젝트", "일정", "보고서", "고객", "계약", "출장", "분기",
        "목표", "디자인", "서버", "배포", "검토", "의견", "결정", "자료", "요약", "teamwork", "release", "budget",
        "meeting", "이번", "다음", "주간", "월간", "정리", "공유", "확인", "준비"};

    static Result measure(Path home, int turns, int documents) throws Exception {
        Path data = Dirs.temp("ide-bench-mem-");
        try (InstantModel classifier = new InstantModel(); InstantModel reasoner = new InstantModel()) {
            Path docs = data.resolve("documents");
            prepare(data, docs, turns, documents);
            Map<String, String> env = BotUnderTest.environment(classifier, reasoner, data);
            env.remove("TELEGRAM_BOT_TOKEN");
            env.remove("TELEGRAM_ALLOWED_USERS");
            List<String> replies = List.of(
                    "{\"action\":\"direct\",\"response\":\"안녕하세요!\"}",
                    "{\"action\":\"tools\",\"tool\":\"document\",\"operation\":\"search\",\"params\":{\"query\":\"예산 회의\"}}",
                    "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"today\"}",
                    "{\"action\":\"route\",\"prompt\":\"요약해줘\"}");
            classifier.replying(a -> replies.get((int) Math.min(replies.size() - 1, classifier.completions() - 1)));
            reasoner.replying(a -> "요약하면 이번 분기 예산 회의에서 배포 일정을 정했어요.");
            try (Child child = Child.start(home, List.of("console"), env,
                    data.resolve("stderr.log"))) {
                for (String line : List.of("안녕", "예산 회의 문서 찾아줘", "오늘 일정", "회의 내용 요약해줘")) {
                    child.send(line);
                }
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (reasoner.completions() < 1 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                Thread.sleep(2000); // let the last reply finish and the background sync run
                return new Result(turns, documents, child.statusKb("VmRSS"), child.statusKb("VmHWM"));
            }
        } finally {
            Dirs.deleteQuietly(data);
        }
    }

    private static void prepare(Path data, Path docs, int turns, int documents) throws Exception {
        Random random = new Random(8);
        try (Database db = Database.open(data)) {
            JdbcHistoryStore history = new JdbcHistoryStore(db);
            ConversationKey console = new ConversationKey(Platform.CONSOLE, "console");
            Instant at = Instant.now().minusSeconds(turns);
            for (int i = 0; i < turns; i++) {
                String text = sentence(random, 12) + " " + i;
                history.append(console, i % 2 == 0 ? Turn.user(text, at) : Turn.assistant(text, at));
                at = at.plusSeconds(1);
            }
        }
        Files.createDirectories(docs);
        for (int i = 0; i < documents; i++) {
            StringBuilder body = new StringBuilder("# 문서 " + i + " " + sentence(random, 4) + "\n\n");
            for (int p = 0; p < 8; p++) {
                body.append(sentence(random, 30)).append(".\n\n");
            }
            Files.writeString(docs.resolve("doc-" + i + ".md"), body, StandardCharsets.UTF_8);
        }
        try (DocumentIndex index = DocumentIndex.open(docs, data.resolve("index"))) {
            index.sync();
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private Memory() {
    }
}
