package dev.ide.app.faults;

import dev.ide.core.testing.Await;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.app.Wiring;
import dev.ide.app.config.Settings;
import dev.ide.app.config.SettingsSource;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.pipeline.Acceptance;
import dev.ide.core.store.JobStore;
import dev.ide.core.testing.FakeModelServer;
import dev.ide.core.testing.RecordingChannel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The whole bot as the composition root builds it — settings from an environment, H2 on disk, embedded calendar,
 * document index — with loopback fake models, driven through the pipeline as the local owner. Every bot is configured
 * with the {@link Secrets}, so the log scan has something to look for. {@link #restart()} opens the same data folder
 * again, as a new process would.
 */
final class Bot implements AutoCloseable {

    /** A classifier answer that greets back: "네, 말씀하세요!". */
    static final String HELLO = "{\"action\":\"direct\",\"response\":\"네, 말씀하세요!\"}";

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    final FakeModelServer classifier = new FakeModelServer().start();
    final FakeModelServer reasoner = new FakeModelServer().start();
    final Map<String, String> env = new HashMap<>();
    final Clock clock = Clock.system(SEOUL);
    private final Path dataDir;
    private Wiring wiring;

    Bot(Path dataDir) {
        this.dataDir = dataDir;
        env.put("EXAONE_BASE_URL", classifier.baseUrl());
        env.put("REASONING_BASE_URL", reasoner.baseUrl());
        env.put("EXAONE_TIMEOUT", "5");
        env.put("REASONING_TIMEOUT", "5");
        env.put("DATA_DIR", dataDir.toString());
        env.put("DOCUMENTS_DIR", dataDir.resolve("documents").toString());
        env.put("TELEGRAM_BOT_TOKEN", Secrets.TELEGRAM_BOT_TOKEN);
        env.put("TELEGRAM_ALLOWED_USERS", "42");
        env.put("SLACK_BOT_TOKEN", Secrets.SLACK_BOT_TOKEN);
        env.put("SLACK_APP_TOKEN", Secrets.SLACK_APP_TOKEN);
        env.put("SLACK_SIGNING_SECRET", Secrets.SLACK_SIGNING_SECRET);
        env.put("CALDAV_PASSWORD", Secrets.CALDAV_PASSWORD);
        env.put("IMAP_PASSWORD", Secrets.IMAP_PASSWORD);
    }

    Path dataDir() {
        return dataDir;
    }

    /** Builds the bot from {@link #environment()}; call after changing settings. */
    Bot start() {
        wiring = new Wiring(Settings.read(SettingsSource.of(environment(), Optional.empty())), clock);
        return this;
    }

    /**
     * {@link #env} without the password of a calendar or mailbox the test has not configured ({@code CALDAV_URL},
     * {@code IMAP_HOST}): the settings refuse a password without its server.
     */
    Map<String, String> environment() {
        Map<String, String> configured = new HashMap<>(env);
        if (!configured.containsKey("CALDAV_URL")) {
            configured.remove("CALDAV_PASSWORD");
        }
        if (!configured.containsKey("IMAP_HOST")) {
            configured.remove("IMAP_PASSWORD");
        }
        return configured;
    }

    /** Closes the bot and opens the same data folder again. */
    Bot restart() {
        stop();
        return start();
    }

    /** Closes the bot (database, index, engine) but keeps the fake models running. */
    void stop() {
        if (wiring != null) {
            wiring.close();
            wiring = null;
        }
    }

    /** Resumes interrupted jobs as a new start does, answering on the channel; returns how many. */
    int recover(RecordingChannel channel) {
        return wiring.engine().pipeline().recover(m -> Optional.of(channel));
    }

    /** Waits until no job is accepted or running any more. */
    void awaitNoUnfinishedJobs() {
        Await.until("every job finished", ANSWER_WITHIN, () -> wiring.jobStore().unfinished().isEmpty()
                && wiring.engine().queue().stats().active() == 0 && wiring.engine().queue().stats().waiting() == 0);
    }

    Wiring wiring() {
        return wiring;
    }

    JobStore jobs() {
        return wiring.jobStore();
    }

    static IncomingMessage message(String chat, String text) {
        return IncomingMessage.text(Platform.CONSOLE, chat, "owner", "owner", text, null,
                java.time.Instant.now(), ChatKind.PRIVATE);
    }

    /** Hands a message to the pipeline; the answer arrives on the channel later. */
    Acceptance send(String chat, String text, RecordingChannel channel) {
        return wiring.engine().pipeline().accept(message(chat, text), channel);
    }

    /** One message as the owner in the console conversation; returns what the user saw for it. */
    List<String> say(String text) {
        return say("console", text);
    }

    List<String> say(String chat, String text) {
        RecordingChannel channel = new RecordingChannel();
        Acceptance acceptance = send(chat, text, channel);
        assertThat(acceptance.accepted()).isTrue();
        await(acceptance);
        return channel.texts();
    }

    /** The whole reply to one message, as one text. */
    String ask(String text) {
        return String.join("\n", say(text));
    }

    static void await(Acceptance acceptance) {
        try {
            acceptance.done().get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer within " + ANSWER_WITHIN, e);
        }
    }

    /** Rows in the embedded calendar: how many events really exist. */
    int calendarRows() {
        try (Connection c = wiring.database().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM calendar_events")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String draftJson(String title, java.time.LocalDate date, String time) {
        return "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_draft\",\"params\":{\"title\":\""
                + title + "\",\"date\":\"" + date + "\",\"time\":\"" + time + "\"}}";
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    @Override
    public void close() {
        stop();
        classifier.close();
        reasoner.close();
    }
}
