package dev.ide.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.app.config.Settings;
import dev.ide.app.config.SettingsSource;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.testing.Await;
import dev.ide.core.testing.FakeModelServer;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.text.Msg;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console chat and {@code ask} under failure, with loopback fake models and H2 on disk: commands typed during an
 * answer, empty lines, an answer cut by the reasoner's timeout, and {@code ask} without text.
 */
class ConsoleChatTest {

    private static final String ROUTE = "{\"action\":\"route\",\"prompt\":\"\"}";
    /** Four characters a word, as the fake streams them: a cut lands after a space. */
    private static final String DRIP = "첫째다 둘째다 셋째다 넷째다 다섯째 여섯째 일곱째 여덟째 아홉째 열번째 ";

    @TempDir
    Path dataDir;

    private final FakeModelServer classifier = new FakeModelServer().start();
    private final FakeModelServer reasoner = new FakeModelServer().start();
    private final Clock clock = Clock.system(ZoneId.of("Asia/Seoul"));
    private final Map<String, String> env = new HashMap<>();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private Wiring wiring;
    private PipedOutputStream keyboard;
    private CompletableFuture<Void> console;

    @BeforeEach
    void configure() {
        env.putAll(Cli.environment(classifier, reasoner, dataDir));
        env.put("EXAONE_TIMEOUT", "5");
        env.put("REASONING_TIMEOUT", "30");
        classifier.status(0, 1);
        reasoner.status(0, 1);
    }

    @AfterEach
    void stop() throws Exception {
        if (keyboard != null) {
            keyboard.close();
        }
        if (console != null) {
            console.get(60, TimeUnit.SECONDS);
        }
        if (wiring != null) {
            wiring.close();
        }
        classifier.close();
        reasoner.close();
    }

    // --- the console, driven through a pipe as a user typing

    private void startConsole() throws IOException {
        wiring = new Wiring(Settings.read(SettingsSource.of(env, Optional.empty())), clock);
        Main main = new Main(new PrintStream(screen, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8), env, clock);
        keyboard = new PipedOutputStream();
        BufferedReader in = new BufferedReader(new InputStreamReader(new PipedInputStream(keyboard, 1 << 16),
                StandardCharsets.UTF_8));
        console = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                ConsoleCommand.chat(wiring, main, in);
                console.complete(null);
            } catch (Throwable e) {
                console.completeExceptionally(e);
            }
        }, "console-under-test");
        t.setDaemon(true);
        t.start();
    }

    private void type(String line) throws IOException {
        keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** Ends the input (Ctrl-D) and waits for the console to return; returns how long that took. */
    private Duration endOfInput(Duration within) throws Exception {
        long start = System.nanoTime();
        keyboard.close();
        console.get(within.toMillis(), TimeUnit.MILLISECONDS);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cancel_typed_during_a_streaming_answer_is_answered_at_once_and_stops_it() throws Exception {
        classifier.replying(ROUTE);
        reasoner.replying(DRIP.repeat(5)).tokenDelay(Duration.ofMillis(500));
        startConsole();
        type("블랙홀이 뭐야?");
        Await.until("the reasoner is streaming", Duration.ofSeconds(10), () -> reasoner.completionCount() == 1);

        type("/cancel");
        Await.until("the cancel is confirmed while the answer runs", Duration.ofSeconds(3),
                () -> screen().contains(Msg.CANCEL_DONE.text()));
        assertThat(endOfInput(Duration.ofSeconds(10))).isLessThan(Duration.ofSeconds(5));
        // The confirmation and the answer's own end race (the stream is aborted at once): either order is fine.
        assertThat(screen()).contains(Msg.CANCEL_DONE.text() + "\n")
                .contains(Msg.REASONER_CANCELLED.text() + "\n")
                .doesNotContain(DRIP.repeat(5).strip());
    }

    @Test
    void status_typed_during_a_slow_answer_comes_first_and_the_answer_is_awaited_at_the_end() throws Exception {
        classifier.replying(ROUTE);
        reasoner.replying("블랙홀은 빛도 빠져나오지 못하는 천체예요.").completionDelay(Duration.ofSeconds(4));
        startConsole();
        type("블랙홀이 뭐야?");
        Await.until("the reasoner was asked", Duration.ofSeconds(10), () -> reasoner.completionCount() == 1);

        type("/status");
        Await.until("the status is shown while the answer is pending", Duration.ofSeconds(3),
                () -> screen().contains("EXAONE"));
        assertThat(screen()).doesNotContain("블랙홀은");

        endOfInput(Duration.ofSeconds(20));
        String shown = screen();
        assertThat(shown).endsWith("\n블랙홀은 빛도 빠져나오지 못하는 천체예요.\n");
        assertThat(shown.indexOf("EXAONE")).isLessThan(shown.indexOf("블랙홀은"));
    }

    @Test
    void plain_messages_keep_their_order_and_empty_lines_are_ignored() throws Exception {
        classifier.replying(c -> "{\"action\":\"direct\",\"response\":\"답: "
                + c.lastUserMessage().substring(c.lastUserMessage().lastIndexOf('\n') + 1).strip() + "\"}");
        classifier.completionDelay(Duration.ofMillis(200));
        startConsole();
        type("");
        type("   ");
        type("하나");
        type("");
        type("둘");
        type("셋");
        endOfInput(Duration.ofSeconds(20));
        assertThat(screen()).doesNotContain(Msg.EMPTY_MESSAGE.text()).contains("답: 하나\n", "답: 둘\n", "답: 셋\n");
        assertThat(screen().indexOf("답: 하나")).isLessThan(screen().indexOf("답: 둘"));
        assertThat(screen().indexOf("답: 둘")).isLessThan(screen().indexOf("답: 셋"));
        assertThat(classifier.completionCount()).isEqualTo(3);
    }

    // --- an answer cut by REASONING_TIMEOUT: the part that arrived, once, then the note

    private void drippingUntilTheTimeout() {
        env.put("REASONING_TIMEOUT", "4");
        classifier.replying(ROUTE);
        reasoner.replying(DRIP).tokenDelay(Duration.ofSeconds(1));
    }

    /** What a cut answer must look like: a non-empty start of the answer, a blank line, the note. */
    private static void assertCutOnce(String shown) {
        String note = Msg.REASONER_CUT.text();
        assertThat(shown).endsWith("\n\n" + note);
        String partial = shown.substring(0, shown.length() - note.length() - 2);
        assertThat(partial).isNotBlank().doesNotContain("\n");
        assertThat(DRIP).startsWith(partial).isNotEqualTo(partial);
    }

    @Test
    void a_cut_answer_is_printed_once_in_the_console() throws Exception {
        drippingUntilTheTimeout();
        startConsole();
        type("블랙홀이 뭐야?");
        endOfInput(Duration.ofSeconds(20));
        assertThat(screen()).endsWith("\n");
        assertCutOnce(screen().substring(0, screen().length() - 1));
    }

    @Test
    void a_cut_answer_is_printed_once_by_ask() {
        drippingUntilTheTimeout();
        int exit = Main.run(new String[] {"ask", "블랙홀이", "뭐야?"}, new PrintStream(screen, true,
                StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8), env, clock);
        assertThat(exit).isZero();
        assertThat(screen()).endsWith("\n");
        assertCutOnce(screen().substring(0, screen().length() - 1));
    }

    @Test
    void a_cut_answer_on_an_editing_platform_is_one_message_that_only_grows() throws Exception {
        drippingUntilTheTimeout();
        wiring = new Wiring(Settings.read(SettingsSource.of(env, Optional.empty())), clock);
        RecordingChannel telegram = new RecordingChannel(PlatformLimits.TELEGRAM);
        IncomingMessage message = IncomingMessage.text(Platform.CONSOLE, "cut", "owner", "owner", "블랙홀이 뭐야?",
                null, Instant.now(), ChatKind.PRIVATE);
        wiring.engine().pipeline().accept(message, telegram).done().get(20, TimeUnit.SECONDS);

        assertThat(telegram.texts()).hasSize(1);
        String last = telegram.last();
        assertCutOnce(last);
        assertThat(telegram.calls()).allSatisfy(call -> assertThat(last).startsWith(call.substring(5)));
    }

    // --- ask without a message

    private int ask(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "ask";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, new PrintStream(screen, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8), env, clock);
    }

    @Test
    void ask_without_text_is_a_usage_error() {
        assertThat(ask()).isEqualTo(Main.CONFIG_ERROR);
        assertThat(ask("   ")).isEqualTo(Main.CONFIG_ERROR);
        assertThat(ask("\u0000\u0007")).isEqualTo(Main.CONFIG_ERROR);
        assertThat(ask("--chat", "", "안녕")).isEqualTo(Main.CONFIG_ERROR);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("Usage: ide-bot ask");
        assertThat(screen()).isEmpty();
        assertThat(classifier.completionCount()).isZero();
    }
}
