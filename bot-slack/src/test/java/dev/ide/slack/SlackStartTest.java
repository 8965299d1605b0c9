package dev.ide.slack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ide.core.message.Platform;
import dev.ide.core.testing.TestEngine;
import java.time.Clock;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A wrong token stops startup with one sentence that names the problem and never the token. */
class SlackStartTest {

    private final TestEngine engine = TestEngine.allowing(Platform.SLACK, "U0OWNER");
    private final FakeSlackApi slack = new FakeSlackApi().start();

    @AfterEach
    void stop() {
        slack.close();
        engine.close();
    }

    private static MockResponse slackError(String error) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"ok\":false,\"error\":\"" + error + "\"}").build();
    }

    @Test
    void a_rejected_bot_token_stops_startup_with_slacks_reason() {
        slack.failNext("auth.test", slackError("invalid_auth"));
        SlackSettings settings = new SlackSettings("xoxb-wrong-token", null, "secret", "127.0.0.1", 0,
                slack.apiUrl(), null);

        try (SlackBot bot = new SlackBot(settings, engine.pipeline()::accept, Clock.systemUTC())) {
            assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("invalid_auth").message().doesNotContain("xoxb-wrong-token");
        }
    }

    @Test
    void a_rejected_app_token_stops_startup_naming_the_setting() {
        slack.failNext("apps.connections.open", slackError("not_allowed_token_type"));
        SlackSettings settings = new SlackSettings("xoxb-test-token", "xapp-wrong-token", null, null, 0,
                slack.apiUrl(), null);

        try (SlackBot bot = new SlackBot(settings, engine.pipeline()::accept, Clock.systemUTC())) {
            assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("not_allowed_token_type")
                    .message().doesNotContain("xapp-wrong-token");
        }
    }

    @Test
    void slack_out_of_reach_is_not_blamed_on_the_token() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SlackSettings settings = new SlackSettings("xoxb-test-token", null, "secret", "127.0.0.1", 0,
                "http://127.0.0.1:" + closedPort + "/api/", null);

        try (SlackBot bot = new SlackBot(settings, engine.pipeline()::accept, Clock.systemUTC())) {
            assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Slack cannot be reached").hasMessageContaining("SLACK_API_URL")
                    .message().doesNotContain("token is invalid").doesNotContain("xoxb-test-token");
        }
    }
}
