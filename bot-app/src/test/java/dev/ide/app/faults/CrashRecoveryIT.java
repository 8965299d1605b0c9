package dev.ide.app.faults;

import dev.ide.core.testing.Await;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.text.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real crash: a child JVM runs the bot on a data folder, accepts "안녕" (the classifier is made to hang on it)
 * and then "확인" for a pending draft, and is killed with {@link Process#destroyForcibly()} (SIGKILL) while both are
 * in flight. The next start on the same folder answers each message exactly once, late, and the confirmed draft
 * becomes exactly one event.
 */
@ExtendWith(SecretScan.class)
class CrashRecoveryIT {

    @TempDir
    Path dataDir;

    private Bot bot;
    private Process child;

    @BeforeEach
    void create() {
        bot = new Bot(dataDir);
    }

    @AfterEach
    void stop() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
        bot.close();
    }

    @Test
    void a_bot_killed_between_accepting_and_answering_answers_once_after_restart_and_creates_one_event()
            throws Exception {
        bot.start();
        bot.classifier.replying(Bot.draftJson("치과 예약", bot.today().plusDays(1), "10:00"));
        assertThat(bot.ask("내일 10시 치과 예약 잡아줘")).contains("치과 예약");
        bot.stop();

        CountDownLatch hang = new CountDownLatch(1);
        bot.classifier.replying(c -> {
            try {
                hang.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "{\"action\":\"direct\",\"response\":\"안녕하세요!\"}";
        });
        int callsBefore = bot.classifier.completionCount();
        Path output = bot.dataDir().resolve("child.out");
        child = startChild(output, "안녕", "확인");
        Await.until("the child accepted both messages and asked the classifier", Duration.ofSeconds(60),
                () -> read(output).contains("accepted 2") && bot.classifier.completionCount() > callsBefore
                        || !child.isAlive());
        assertThat(child.isAlive()).as(read(output) + read(bot.dataDir().resolve("child.err"))).isTrue();

        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String beforeCrash = read(output);
        assertThat(beforeCrash).doesNotContain("안녕하세요!").doesNotContain("만들었어요");
        hang.countDown();

        bot.start();
        RecordingChannel channel = new RecordingChannel();
        assertThat(bot.recover(channel)).isEqualTo(2);
        bot.awaitNoUnfinishedJobs();

        List<String> seen = channel.texts();
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isEqualTo(Msg.LATE_ANSWER.text() + "\n안녕하세요!");
        assertThat(seen.get(1)).startsWith(Msg.LATE_ANSWER.text()).contains("일정을 만들었어요", "치과 예약");
        assertThat(bot.calendarRows()).isEqualTo(1);

        bot.restart();
        assertThat(bot.recover(new RecordingChannel())).as("nothing is answered twice").isZero();
        assertThat(bot.calendarRows()).isEqualTo(1);
        assertThat(Secrets.foundIn(read(bot.dataDir().resolve("child.err"))))
                .as("the child's log (DEBUG) holds no secret").isEmpty();
    }

    private Process startChild(Path output, String... messages) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), CrashingBotMain.class.getName()));
        command.addAll(List.of(messages));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(bot.dataDir().resolve("child.err").toFile());
        builder.environment().putAll(bot.environment());
        // The production logging setup (CrashingBotMain applies it), at DEBUG, so the secret check below reads
        // everything the child logged.
        builder.environment().put("IDE_LOG_LEVEL", "DEBUG");
        return builder.start();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
