package dev.ide.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ide.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The adapter's small pieces: settings, slash command words, ts parsing and flood control. */
class SlackUnitsTest {

    @Test
    void settings_never_show_a_secret() {
        SlackSettings s = SlackSettings.of("xoxb-secret-bot", "xapp-secret-app", "secret-signing");

        assertThat(s.toString()).doesNotContain("secret").contains("socket");
    }

    @Test
    void settings_need_a_bot_token_and_either_an_app_token_or_a_signing_secret() {
        assertThatThrownBy(() -> SlackSettings.of("", "xapp-1", null)).hasMessageContaining("SLACK_BOT_TOKEN");
        assertThatThrownBy(() -> SlackSettings.of("xoxb-1", null, " "))
                .hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("SLACK_SIGNING_SECRET");
        assertThatThrownBy(() -> SlackSettings.of("xoxb-1", "xoxb-wrong", null))
                .hasMessageContaining("SLACK_APP_TOKEN");
        SlackSettings http = SlackSettings.of("xoxb-1", null, "s");
        assertThat(http.socketMode()).isFalse();
        assertThat(http.port()).isEqualTo(SlackSettings.DEFAULT_PORT);
        assertThat(http.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(http.withApiUrl("http://127.0.0.1:1/api").apiUrl()).isEqualTo("http://127.0.0.1:1/api/");
        assertThat(http.slashCommand()).isEqualTo("/ide");
        assertThatThrownBy(() -> http.withSlashCommand("ide")).hasMessageContaining("slash command");
    }

    @Test
    void slash_command_words_map_to_core_commands() {
        assertThat(SlashCommandText.toCoreCommand("status")).contains("/status");
        assertThat(SlashCommandText.toCoreCommand("  RESET ")).contains("/reset");
        assertThat(SlashCommandText.toCoreCommand("cancel now")).contains("/cancel");
        assertThat(SlashCommandText.toCoreCommand("상태")).contains("/status");
        assertThat(SlashCommandText.toCoreCommand("")).contains("/help");
        assertThat(SlashCommandText.toCoreCommand("오늘 일정")).isEqualTo(Optional.empty());
    }

    @Test
    void a_slack_ts_is_read_as_an_instant() {
        assertThat(SlackListeners.instant("1700000000.000100"))
                .isEqualTo(Instant.ofEpochSecond(1700000000L, 100_000L));
    }

    @Test
    void streaming_edits_pause_in_a_channel_slack_rate_limited_and_resume_later() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        FloodControl flood = new FloodControl(clock);

        flood.rateLimited("C1", Duration.ofSeconds(10));

        assertThat(flood.editsAllowed("C1")).isFalse();
        assertThat(flood.editsAllowed("C2")).isTrue();
        clock.advance(Duration.ofSeconds(16));
        assertThat(flood.editsAllowed("C1")).isTrue();
    }
}
