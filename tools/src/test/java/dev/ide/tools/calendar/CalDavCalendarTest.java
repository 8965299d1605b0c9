package dev.ide.tools.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ide.core.tool.ToolFailure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What the CalDAV backend says when the server cannot be used, and how its settings guard the password. */
class CalDavCalendarTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate DAY = LocalDate.parse("2026-12-03");

    @Test
    void a_server_that_never_answers_is_a_timeout_reply() throws IOException {
        // Bound but never accepting: the connection opens, no answer ever comes.
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            CalDavCalendar calendar = calendar("http://127.0.0.1:" + silent.getLocalPort() + "/alice/cal/",
                    Duration.ofMillis(500));

            assertThatThrownBy(() -> calendar.events(DAY, DAY, SEOUL))
                    .isInstanceOfSatisfying(ToolFailure.class, failure -> {
                        assertThat(failure.kind()).isEqualTo(ToolFailure.Kind.UNAVAILABLE);
                        assertThat(failure.userMessage())
                                .isEqualTo("캘린더 서버(127.0.0.1)가 제한 시간 안에 답하지 않았어요. 잠시 후 다시 시도해 주세요.");
                    });
        }
    }

    @Test
    void a_server_that_is_not_running_is_an_unreachable_reply() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CalDavCalendar calendar = calendar("http://127.0.0.1:" + closedPort + "/alice/cal/", Duration.ofSeconds(2));

        assertThatThrownBy(() -> calendar.events(DAY, DAY, SEOUL))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> assertThat(failure.userMessage())
                        .isEqualTo("지금 캘린더 서버(127.0.0.1)에 연결할 수 없어요. 잠시 후 다시 시도해 주세요."));
    }

    @Test
    void settings_refuse_credentials_inside_the_url_and_never_print_the_password() {
        assertThatThrownBy(() -> settings("https://me:hunter2@dav.example.com/cal/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CALDAV_URL").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> settings("ftp://dav.example.com/cal/")).hasMessageContaining("CALDAV_URL");
        assertThat(settings("https://dav.example.com/cal/").toString()).doesNotContain("hunter2");
    }

    @Test
    void event_file_names_keep_only_safe_characters() {
        assertThat(CalDavCalendar.fileName("ide-0a1b@ide.bot")).isEqualTo("ide-0a1b_ide.bot.ics");
        assertThat(CalDavCalendar.fileName("../../x y")).isEqualTo(".._.._x_y.ics");
    }

    private static CalDavSettings settings(String url) {
        return new CalDavSettings(URI.create(url), "me", "hunter2", Duration.ofSeconds(5));
    }

    private static CalDavCalendar calendar(String url, Duration timeout) {
        return new CalDavCalendar(new CalDavSettings(URI.create(url), "me", "hunter2", timeout), Clock.systemUTC());
    }
}
