package dev.ide.tools.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.ide.core.drafts.EventDraft;
import dev.ide.core.tool.ToolFailure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    void the_collection_is_checked_once_then_reads_go_straight_to_the_calendar() throws IOException {
        try (FakeDav server = FakeDav.start(CALENDAR)) {
            CalDavCalendar calendar = calendar(server.url("/alice/cal/"), Duration.ofSeconds(5));

            assertThat(calendar.events(DAY, DAY, SEOUL)).isEmpty();
            assertThat(calendar.events(DAY, DAY, SEOUL)).isEmpty();

            assertThat(server.requests()).containsExactly("PROPFIND /alice/cal/ depth 0", "REPORT /alice/cal/ depth 1",
                    "REPORT /alice/cal/ depth 1");
        }
    }

    @Test
    void a_collection_that_is_not_a_calendar_gets_no_event_written_and_is_checked_again_next_time() throws IOException {
        try (FakeDav server = FakeDav.start(PRINCIPAL)) {
            CalDavCalendar calendar = calendar(server.url("/alice/"), Duration.ofSeconds(5));
            EventDraft draft = new EventDraft("회의", DAY, LocalTime.of(10, 0), LocalTime.of(11, 0), "");

            assertThatThrownBy(() -> calendar.create("ide-1@ide.bot", draft, SEOUL))
                    .isInstanceOfSatisfying(ToolFailure.class, failure -> assertThat(failure.userMessage())
                            .isEqualTo("CALDAV_URL이 캘린더가 아닌 주소를 가리키고 있어요 (캘린더 서버 127.0.0.1). 서버 주소나 "
                                    + "사용자 주소가 아니라 캘린더 하나의 주소(예: …/사용자/캘린더/)로 바꿔 주세요."));
            assertThatThrownBy(() -> calendar.events(DAY, DAY, SEOUL)).isInstanceOf(ToolFailure.class);

            assertThat(server.requests()).as("no PUT, no REPORT").allMatch(line -> line.startsWith("PROPFIND"))
                    .filteredOn(line -> line.endsWith("depth 0")).hasSize(2);
        }
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

    private static final String CALENDAR = """
            <?xml version="1.0" encoding="utf-8"?>
            <multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><response><href>/alice/cal/</href>
            <propstat><prop><resourcetype><C:calendar/><collection/></resourcetype></prop>
            <status>HTTP/1.1 200 OK</status></propstat></response></multistatus>
            """;

    /** A principal that is also its own calendar home, with no calendar in it (as Radicale answers). */
    private static final String PRINCIPAL = """
            <?xml version="1.0" encoding="utf-8"?>
            <multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><response><href>/alice/</href>
            <propstat><prop><resourcetype><principal/><collection/></resourcetype>
            <C:calendar-home-set><href>/alice/</href></C:calendar-home-set></prop>
            <status>HTTP/1.1 200 OK</status></propstat></response></multistatus>
            """;

    /**
     * A loopback WebDAV server that answers every PROPFIND with the same multistatus and every REPORT with an empty
     * one, and records each request as "METHOD path depth N".
     */
    private static final class FakeDav implements AutoCloseable {

        private final HttpServer server;
        private final List<String> requests = new CopyOnWriteArrayList<>();

        private FakeDav(HttpServer server) {
            this.server = server;
        }

        static FakeDav start(String propfindAnswer) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeDav fake = new FakeDav(server);
            server.createContext("/", exchange -> {
                fake.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " depth "
                        + exchange.getRequestHeaders().getFirst("Depth"));
                exchange.getRequestBody().readAllBytes();
                String answer = switch (exchange.getRequestMethod()) {
                    case "PROPFIND" -> propfindAnswer;
                    case "REPORT" -> "<?xml version=\"1.0\"?><multistatus xmlns=\"DAV:\"/>";
                    default -> null;
                };
                if (answer == null) {
                    exchange.sendResponseHeaders(405, -1);
                } else {
                    byte[] body = answer.strip().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
                    exchange.sendResponseHeaders(207, body.length);
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.start();
            return fake;
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        List<String> requests() {
            return List.copyOf(requests);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static CalDavSettings settings(String url) {
        return new CalDavSettings(URI.create(url), "me", "hunter2", Duration.ofSeconds(5));
    }

    private static CalDavCalendar calendar(String url, Duration timeout) {
        return new CalDavCalendar(new CalDavSettings(URI.create(url), "me", "hunter2", timeout), Clock.systemUTC());
    }
}
