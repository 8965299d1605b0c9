package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ide.app.Main;
import dev.ide.app.config.Settings;
import dev.ide.app.config.SettingsSource;
import dev.ide.core.text.Msg;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Configured tokens and passwords never show in /status, status output, settings errors, replies or logs. */
@ExtendWith(SecretScan.class)
class SecretsTest {

    @TempDir
    Path dataDir;

    private Bot bot;

    record Run(int exit, String out, String err) {
        String all() {
            return out + "\n" + err;
        }
    }

    @BeforeEach
    void create() {
        bot = new Bot(dataDir);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private Run ide(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, bot.clock);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void status_text_status_json_and_the_status_command_show_no_secret() {
        bot.env.put("CALDAV_URL", "http://127.0.0.1:9/owner/calendar/");
        bot.env.put("CALDAV_USERNAME", "owner");
        bot.env.put("IMAP_HOST", "127.0.0.1");
        bot.env.put("IMAP_USERNAME", "owner");
        bot.classifier.status(1, 10);

        Run json = ide(bot.env, "status", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"classifier\"");
        assertThat(Secrets.foundIn(json.all())).isEmpty();

        Run text = ide(bot.env, "status");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("EXAONE");
        assertThat(Secrets.foundIn(text.all())).isEmpty();

        Run ask = ide(bot.env, "ask", "/status");
        assertThat(ask.out()).contains("EXAONE", "Gemma4");
        assertThat(Secrets.foundIn(ask.all())).isEmpty();

        Settings settings = Settings.read(SettingsSource.of(bot.env, Optional.empty()));
        assertThat(Secrets.foundIn(settings.toString())).isEmpty();
    }

    @Test
    void a_bad_setting_is_named_without_showing_its_value() {
        Map<String, String> env = new HashMap<>(bot.env);
        env.put("CALDAV_URL", "https://owner:" + Secrets.CALDAV_PASSWORD + "@cloud.example.com/dav/");
        Run caldav = ide(env, "status");
        assertThat(caldav.exit()).isEqualTo(Main.CONFIG_ERROR);
        assertThat(caldav.err()).contains("CALDAV_URL");
        assertThat(Secrets.foundIn(caldav.all())).isEmpty();

        env = new HashMap<>(bot.env);
        env.put("IMAP_HOST", "127.0.0.1");
        env.put("IMAP_USERNAME", "owner");
        env.put("IMAP_SECURITY", Secrets.IMAP_PASSWORD);
        Run imap = ide(env, "ask", "안녕");
        assertThat(imap.exit()).isEqualTo(Main.CONFIG_ERROR);
        assertThat(imap.err()).contains("IMAP_SECURITY");
        assertThat(Secrets.foundIn(imap.all())).isEmpty();

        env = new HashMap<>(bot.env);
        env.put("REASONING_BASE_URL", "http://gemma:" + Secrets.SLACK_SIGNING_SECRET + "@127.0.0.1:8801");
        Run reasoner = ide(env, "status");
        assertThat(reasoner.exit()).isEqualTo(Main.CONFIG_ERROR);
        assertThat(reasoner.err()).contains("REASONING_BASE_URL");
        assertThat(Secrets.foundIn(reasoner.all())).isEmpty();
    }

    @Test
    void a_mail_login_that_fails_says_so_without_the_password() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        greenMail.start();
        try {
            greenMail.setUser("owner@example.com", "owner", "the-real-password");
            bot.env.put("IMAP_HOST", "127.0.0.1");
            bot.env.put("IMAP_PORT", String.valueOf(greenMail.getImap().getPort()));
            bot.env.put("IMAP_USERNAME", "owner");
            bot.env.put("IMAP_SECURITY", "none");
            bot.start();
            bot.classifier.replying("{\"action\":\"tools\",\"tool\":\"email\",\"operation\":\"search\","
                    + "\"params\":{\"query\":\"견적\"}}");
            String reply = bot.ask("견적 메일 찾아줘");
            assertThat(reply).isEqualTo(Msg.MAIL_LOGIN_FAILED.format("127.0.0.1"));
            assertThat(Secrets.foundIn(reply)).isEmpty();
        } finally {
            greenMail.stop();
        }
    }
}
