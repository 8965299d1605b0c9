package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dev.ide.core.pipeline.Acceptance;
import dev.ide.core.testing.Await;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.testing.StallingServer;
import dev.ide.core.text.Msg;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The owner's CalDAV and IMAP servers hang instead of going away: they accept the connection and never answer, or
 * answer one byte every half second (so no single read ever times out). Through the real wiring, with
 * {@code CALDAV_TIMEOUT} / {@code IMAP_TIMEOUT} of {@value #TIMEOUT_SECONDS} s: the user gets the clear timeout reply
 * within the timeout, another conversation is answered meanwhile without waiting for it, and the same question works
 * again once the real server (Radicale, GreenMail) is back on the same address.
 */
class HangingBackendsIT extends OwnerServers {

    private static final int TIMEOUT_SECONDS = 3;
    /** The timeout plus room for a loaded machine; far below "hangs" (a dripping server never stops by itself). */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(TIMEOUT_SECONDS + 4);
    private static final Duration DRIP = Duration.ofMillis(500);


    @Test
    void a_calendar_server_that_hangs_gets_the_timeout_reply_in_time_while_others_are_answered() throws Exception {
        startRadicale();
        int port = URI.create(calendarUrl).getPort();
        bot = new Bot(dataDir.resolve("bot"));
        bot.env.put("CALDAV_URL", calendarUrl);
        bot.env.put("CALDAV_USERNAME", "owner");
        bot.env.put("CALDAV_TIMEOUT", String.valueOf(TIMEOUT_SECONDS));
        bot.start();
        answering("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"today\"}");
        assertThat(bot.ask("오늘 일정 알려줘")).isEqualTo(Msg.CAL_TODAY_NONE.text());
        radicale.stop();
        String timeout = Msg.CALDAV_TIMEOUT.format("127.0.0.1");

        try (StallingServer silent = StallingServer.silent(port)) {
            assertStuckUntilTimeoutWhileOthersAreAnswered("오늘 일정 알려줘", timeout, silent::connections);
        }
        // The status line arrives, then one header byte every half second: only the whole-call timeout ends it.
        try (StallingServer dripping = StallingServer.dripping(port, "HTTP/1.1 200 OK\r\nX-Slow: ", DRIP)) {
            assertStuckUntilTimeoutWhileOthersAreAnswered("오늘 일정 알려줘", timeout, dripping::connections);
        }

        radicale.restart();
        assertThat(bot.ask("오늘 일정 알려줘")).isEqualTo(Msg.CAL_TODAY_NONE.text());
    }

    @Test
    void a_mail_server_that_hangs_gets_the_timeout_reply_in_time_while_others_are_answered() throws Exception {
        int port = startMailboxAndBot("분기 보고서");
        bot.env.put("IMAP_TIMEOUT", String.valueOf(TIMEOUT_SECONDS));
        bot.start();
        answering("{\"action\":\"tools\",\"tool\":\"email\",\"operation\":\"search\",\"params\":{\"query\":\"\"}}");
        assertThat(bot.ask("최근 메일 보여줘")).contains("분기 보고서");
        greenMail.stop();
        greenMail = null;
        String timeout = Msg.MAIL_TIMEOUT.format("127.0.0.1");

        try (StallingServer silent = StallingServer.silent(port)) {
            assertStuckUntilTimeoutWhileOthersAreAnswered("최근 메일 보여줘", timeout, silent::connections);
        }
        // The greeting, one byte every half second: no socket read ever times out, only the request's deadline can
        // end it.
        try (StallingServer dripping = StallingServer.dripping(port, "* OK IMAP4rev1 ready", DRIP)) {
            assertStuckUntilTimeoutWhileOthersAreAnswered("최근 메일 보여줘", timeout, dripping::connections);
        }

        greenMail = startMail(port, "다시 온 메일");
        assertThat(bot.ask("최근 메일 보여줘")).contains("다시 온 메일");
    }

    /** The classifier sends "안녕" to small talk and everything else to the tool call. */
    private void answering(String toolCall) {
        bot.classifier.replying(c -> c.lastUserMessage().strip().endsWith("안녕") ? Bot.HELLO : toolCall);
    }

    /**
     * Asks {@code question} in one conversation; while the server holds it, another conversation says hello and is
     * answered at once; then the first gets exactly {@code expected}, within the timeout.
     */
    private void assertStuckUntilTimeoutWhileOthersAreAnswered(String question, String expected,
                                                               Supplier<Integer> serverConnections) {
        RecordingChannel stuck = new RecordingChannel();
        long started = System.nanoTime();
        Acceptance asked = bot.send("hangs", question, stuck);
        Await.until("the request reached the hanging server", ANSWER_WITHIN, () -> serverConnections.get() > 0);

        assertThat(bot.say("other", "안녕")).as("another conversation does not wait").containsExactly("네, 말씀하세요!");
        assertThat(asked.done()).as("the hanging request is still waiting").isNotDone();

        Bot.await(asked);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(String.join("\n", stuck.texts())).isEqualTo(expected);
        assertThat(took).as("answered within the timeout").isBetween(Duration.ofSeconds(TIMEOUT_SECONDS - 1),
                ANSWER_WITHIN);
    }

}
