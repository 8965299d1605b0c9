package dev.ide.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.app.config.Settings;
import dev.ide.core.testing.FakeModelServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration that cannot work is refused with one line naming the setting (never its value) and exit status 2;
 * configuration that is merely written the usual way elsewhere ({@code .../v1}, {@code export KEY="v"}) works.
 */
class ConfigurationErrorsTest {

    private static final String HELLO = "{\"action\":\"direct\",\"response\":\"안녕하세요!\"}";

    @TempDir
    Path dir;

    private final FakeModelServer classifier = new FakeModelServer().start();
    private final FakeModelServer reasoner = new FakeModelServer().start();
    private final Map<String, String> env = new HashMap<>();


    @BeforeEach
    void configure() {
        env.put("EXAONE_BASE_URL", classifier.baseUrl());
        env.put("REASONING_BASE_URL", reasoner.baseUrl());
        env.put("DATA_DIR", dir.resolve("data").toString());
        env.put("EXAONE_TIMEOUT", "5");
        env.put("REASONING_TIMEOUT", "5");
        classifier.replying(HELLO);
    }

    @AfterEach
    void stop() {
        classifier.close();
        reasoner.close();
    }

    private Cli.Result ide(String... args) {
        return Cli.run(env, Clock.system(ZoneId.of("Asia/Seoul")), args);
    }

    /** {@code ide-bot ask 안녕} must stop with exactly this line and exit status 2. */
    private void refused(String line) {
        Cli.Result r = ide("ask", "안녕");
        assertThat(r.err().strip()).isEqualTo("configuration error: " + line);
        assertThat(r.exit()).isEqualTo(Main.CONFIG_ERROR);
        assertThat(r.out()).isEmpty();
    }

    private void answers() {
        Cli.Result r = ide("ask", "안녕");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("안녕하세요!");
    }

    private Path configFile(String text) throws IOException {
        Path file = dir.resolve("ide.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void an_openai_style_base_url_ending_in_v1_reaches_the_server_root() {
        env.put("EXAONE_BASE_URL", classifier.baseUrl() + "/v1");
        env.put("REASONING_BASE_URL", reasoner.baseUrl() + "/v1/");
        classifier.replying("{\"action\":\"route\",\"prompt\":\"하늘이 파란 이유\"}");
        reasoner.replying("빛이 산란되기 때문이에요.");

        Cli.Result r = ide("ask", "하늘은 왜 파래?");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("빛이 산란되기 때문이에요.");
        assertThat(classifier.count("/v1/v1/chat/completions") + reasoner.count("/v1/v1/chat/completions")).isZero();
    }

    @Test
    void a_url_with_a_port_outside_1_to_65535_is_refused() {
        env.put("EXAONE_BASE_URL", "http://127.0.0.1:99999");
        refused("EXAONE_BASE_URL must have a port number between 1 and 65535");

        env.put("EXAONE_BASE_URL", classifier.baseUrl());
        env.put("CALDAV_URL", "http://127.0.0.1:0/owner/calendar/");
        refused("CALDAV_URL must have a port number between 1 and 65535");
    }

    @Test
    void an_imap_host_with_a_port_or_a_scheme_is_refused_pointing_at_imap_port_and_imap_security() {
        env.put("IMAP_USERNAME", "owner");
        env.put("IMAP_PASSWORD", "pw");
        env.put("IMAP_HOST", "127.0.0.1:11143");
        refused("IMAP_HOST must be a host name only, without a port: put the port in IMAP_PORT");

        env.put("IMAP_HOST", "imaps://127.0.0.1");
        refused("IMAP_HOST must be a host name only, without a scheme such as imaps://: "
                + "choose TLS with IMAP_SECURITY and the port with IMAP_PORT");
    }

    @Test
    void a_half_configured_slack_or_telegram_is_refused_instead_of_starting_the_console() {
        env.put("SLACK_APP_TOKEN", "xapp-1-secret-app-token");
        refused("SLACK_BOT_TOKEN must be set when SLACK_APP_TOKEN is set");
        env.remove("SLACK_APP_TOKEN");

        env.put("SLACK_SIGNING_SECRET", "secret-signing");
        refused("SLACK_BOT_TOKEN must be set when SLACK_SIGNING_SECRET is set");
        env.remove("SLACK_SIGNING_SECRET");

        env.put("TELEGRAM_WEBHOOK_URL", "https://bot.example.com/telegram");
        env.put("TELEGRAM_WEBHOOK_SECRET", "secret-webhook");
        refused("TELEGRAM_BOT_TOKEN must be set when TELEGRAM_WEBHOOK_URL is set");

        env.put("TELEGRAM_BOT_TOKEN", "7007007007:AAFakeTelegramTokenZq9xK3pLmAbCdEfGhIj");
        env.remove("TELEGRAM_WEBHOOK_URL");
        refused("TELEGRAM_WEBHOOK_URL must be set when TELEGRAM_WEBHOOK_SECRET is set");
    }

    @Test
    void a_calendar_login_without_its_other_half_or_without_a_url_is_refused() {
        env.put("CALDAV_URL", "http://127.0.0.1:9/owner/calendar/");
        env.put("CALDAV_USERNAME", "owner");
        refused("CALDAV_PASSWORD must be set when CALDAV_USERNAME is set");

        env.remove("CALDAV_USERNAME");
        env.put("CALDAV_PASSWORD", "secret-caldav");
        refused("CALDAV_USERNAME must be set when CALDAV_PASSWORD is set");

        env.put("CALDAV_USERNAME", "owner");
        env.remove("CALDAV_URL");
        refused("CALDAV_URL must be set when CALDAV_USERNAME is set");
    }

    @Test
    void a_mail_login_without_imap_host_is_refused() {
        env.put("IMAP_USERNAME", "owner");
        env.put("IMAP_PASSWORD", "secret-imap");
        refused("IMAP_HOST must be set when IMAP_USERNAME is set");
    }

    @Test
    void a_file_where_a_folder_belongs_is_refused_naming_the_setting() throws IOException {
        Path file = Files.writeString(dir.resolve("passwd"), "root:x:0:0\n");
        env.put("DATA_DIR", file.toString());
        refused("DATA_DIR must be a folder, not a file");

        env.put("DATA_DIR", file.resolve("data").toString());
        refused("DATA_DIR cannot be created (FileSystemException)");

        env.put("DATA_DIR", dir.resolve("data").toString());
        env.put("DOCUMENTS_DIR", file.toString());
        refused("DOCUMENTS_DIR must be a folder, not a file");
    }

    @Test
    void only_the_default_documents_folder_is_created_a_configured_missing_one_is_not() {
        Path typo = dir.resolve("Documnets");
        env.put("DOCUMENTS_DIR", typo.toString());
        answers();
        assertThat(typo).doesNotExist();

        env.remove("DOCUMENTS_DIR");
        answers();
        assertThat(dir.resolve("data").resolve("documents")).isDirectory();
    }

    @Test
    void a_config_file_that_cannot_be_read_is_named() {
        Path missing = dir.resolve("nowhere.properties");
        Cli.Result r = ide("--config", missing.toString(), "ask", "안녕");
        assertThat(r.err().strip())
                .isEqualTo("configuration error: --config " + missing + " cannot be read (NoSuchFileException)");
        assertThat(r.exit()).isEqualTo(Main.CONFIG_ERROR);
    }

    @Test
    void a_shell_style_config_file_with_export_and_quotes_works() throws IOException {
        env.remove("EXAONE_BASE_URL");
        Path file = configFile("# 이드\nexport EXAONE_BASE_URL=\"" + classifier.baseUrl() + "\"\n"
                + "  export EXAONE_MODEL='exaone-test'\n");
        Cli.Result r = ide("--config", file.toString(), "ask", "안녕");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("안녕하세요!");
        assertThat(classifier.completions().get(0).model()).isEqualTo("exaone-test");
    }

    @Test
    void a_misspelled_or_lower_case_key_in_the_config_file_is_refused_with_a_suggestion() throws IOException {
        Path file = configFile("EXAONE_TIMOUT=60\n");
        Cli.Result misspelled = ide("--config", file.toString(), "ask", "안녕");
        assertThat(misspelled.err().strip()).isEqualTo("configuration error: EXAONE_TIMOUT in --config " + file
                + " is not a setting; did you mean EXAONE_TIMEOUT?");
        assertThat(misspelled.exit()).isEqualTo(Main.CONFIG_ERROR);

        configFile("reasoning_model=gemma\n");
        Cli.Result lower = ide("--config", file.toString(), "ask", "안녕");
        assertThat(lower.err().strip()).isEqualTo("configuration error: reasoning_model in --config " + file
                + " is not a setting; did you mean REASONING_MODEL?");
        assertThat(lower.exit()).isEqualTo(Main.CONFIG_ERROR);

        configFile("IDE_LOG_LEVEL=DEBUG\n");
        Cli.Result logLevel = ide("--config", file.toString(), "ask", "안녕");
        assertThat(logLevel.err().strip()).isEqualTo("configuration error: IDE_LOG_LEVEL in --config " + file
                + " is read from the environment only (it is used before --config is read)");
        assertThat(logLevel.exit()).isEqualTo(Main.CONFIG_ERROR);
    }

    @Test
    void an_empty_environment_variable_leaves_the_config_files_value_in_force() throws IOException {
        Path file = configFile("EXAONE_BASE_URL=" + classifier.baseUrl() + "\n");
        env.put("EXAONE_BASE_URL", "");
        Cli.Result r = ide("--config", file.toString(), "ask", "안녕");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("안녕하세요!");
        assertThat(classifier.completionCount()).isEqualTo(1);
    }

    @Test
    void an_unknown_log_level_is_refused() {
        env.put("IDE_LOG_LEVEL", "LOUD");
        refused("IDE_LOG_LEVEL must be one of debug, error, info, off, trace, warn");
    }

    @Test
    void a_telegram_token_of_the_wrong_shape_is_refused_without_showing_it() {
        env.put("TELEGRAM_BOT_TOKEN", "not a token");
        Cli.Result r = ide("ask", "안녕");
        assertThat(r.err().strip()).isEqualTo("configuration error: TELEGRAM_BOT_TOKEN must look like the token "
                + "from @BotFather: the bot's numeric id, a colon, then letters, digits, _ or -");
        assertThat(r.err()).doesNotContain("not a token");
        assertThat(r.exit()).isEqualTo(Main.CONFIG_ERROR);
    }

    @Test
    void the_keys_a_config_file_accepts_are_the_settings_in_the_readme_table() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Settings"), readme.indexOf("\n## ", readme.indexOf("## Settings") + 1));
        Set<String> documented = new TreeSet<>();
        for (String line : table.split("\n")) {
            if (line.startsWith("| `")) {
                Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(line.split("\\|")[1]);
                while (m.find()) {
                    documented.add(m.group(1));
                }
            }
        }
        Set<String> accepted = new TreeSet<>(Settings.NAMES);
        accepted.add("IDE_LOG_LEVEL");
        assertThat(accepted).isEqualTo(documented);
    }
}
