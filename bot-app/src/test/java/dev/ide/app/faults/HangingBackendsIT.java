package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ide.core.pipeline.Acceptance;
import dev.ide.core.testing.Await;
import dev.ide.core.testing.RecordingChannel;
import dev.ide.core.testing.StallingServer;
import dev.ide.core.text.Msg;
import dev.ide.tools.testing.RadicaleServer;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner's CalDAV and IMAP servers hang instead of going away: they accept the connection and never answer, or
 * answer one byte every half second (so no single read ever times out). Through the real wiring, with
 * {@code CALDAV_TIMEOUT} / {@code IMAP_TIMEOUT} of {@value #TIMEOUT_SECONDS} s: the user gets the clear timeout reply
 * within the timeout, another conversation is answered meanwhile without waiting for it, and the same question works
 * again once the real server (Radicale, GreenMail) is back on the same address.
 */
@ExtendWith(SecretScan.class)
class HangingBackendsIT {

    private static final int TIMEOUT_SECONDS = 3;
    /** The timeout plus room for a loaded machine; far below "hangs" (a dripping server never stops by itself). */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(TIMEOUT_SECONDS + 4);
    private static final Duration DRIP = Duration.ofMillis(500);

    @TempDir
    Path dataDir;

    private Bot bot;
    private RadicaleServer radicale;
    private String calendarUrl;
    private GreenMail greenMail;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (radicale != null) {
            radicale.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void a_calendar_server_that_hangs_gets_the_timeout_reply_in_time_while_others_are_answered() throws Exception {
        radicale = RadicaleServer.start(dataDir.resolve("radicale"), "owner", Secrets.CALDAV_PASSWORD);
        calendarUrl = radicale.newCalendar("owner").toString();
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
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        greenMail = startMail(port, "분기 보고서");
        bot = new Bot(dataDir.resolve("bot"));
        bot.env.put("IMAP_HOST", "127.0.0.1");
        bot.env.put("IMAP_PORT", String.valueOf(port));
        bot.env.put("IMAP_USERNAME", "owner");
        bot.env.put("IMAP_SECURITY", "none");
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

    private static GreenMail startMail(int port, String subject) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mail.start();
        GreenMailUser owner = mail.setUser("owner@example.com", "owner", Secrets.IMAP_PASSWORD);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("boss@example.com"));
        message.setRecipients(MimeMessage.RecipientType.TO, "owner@example.com");
        message.setSubject(subject, "UTF-8");
        message.setText("본문입니다.", "UTF-8");
        message.setSentDate(new Date());
        owner.deliver(message);
        return mail;
    }
}
