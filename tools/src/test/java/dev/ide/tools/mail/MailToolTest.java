package dev.ide.tools.mail;

import static dev.ide.tools.mail.RawMail.CP949;
import static dev.ide.tools.mail.RawMail.EUC_KR;
import static dev.ide.tools.mail.RawMail.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import dev.ide.core.testing.StallingServer;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolContext;
import dev.ide.core.tool.ToolFailure;
import dev.ide.core.tool.ToolResult;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailToolTest {

    private static final String PASSWORD = "s3cret-app-pw";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** A loaded CI machine can take more than GreenMail's default 2 s to open a port. */
    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(30_000);
        return setup;
    }

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {
            patient(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()),
            patient(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS).dynamicPort())});

    /** Friday 2025-12-05 10:00 in Seoul; received dates are set relative to it, so SINCE searches agree. */
    private final Instant now = Instant.parse("2025-12-05T01:00:00Z");
    private final ToolContext context = new ToolContext(new ConversationKey(Platform.CONSOLE, "console"), "owner",
            true, null, Clock.fixed(now, SEOUL), SEOUL);
    private GreenMailUser user;
    private MailTool tool;

    @BeforeEach
    void setUp() {
        user = greenMail.setUser("owner@example.com", "owner", PASSWORD);
        tool = new MailTool(settings(greenMail.getImap().getPort(), PASSWORD, "INBOX"));
    }

    private static MailSettings settings(int port, String password, String folder) {
        return new MailSettings("127.0.0.1", port, "owner", password, MailSettings.Security.NONE, folder,
                Duration.ofSeconds(5));
    }

    private static MailSettings settings(int port, MailSettings.Security security, Duration timeout) {
        return new MailSettings("127.0.0.1", port, "owner", PASSWORD, security, "INBOX", timeout);
    }

    // --- helpers

    private long deliver(byte[] raw, Instant received) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        MailFolder inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
        return inbox.appendMessage(message, new Flags(), Date.from(received));
    }

    private long deliver(String raw) throws Exception {
        return deliver(RawMail.bytes(raw), now.minus(1, ChronoUnit.HOURS));
    }

    private ToolResult run(String operation, Object... keyValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put((String) keyValues[i], keyValues[i + 1]);
        }
        return tool.run(new ToolCall("email", operation, params), context);
    }

    private String read(long uid) {
        return run("read", "uid", String.valueOf(uid)).text();
    }

    private static String simple(String subjectHeader, String fromHeader, String body) {
        return """
                From: %s
                To: owner@example.com
                Subject: %s
                Date: Mon, 1 Dec 2025 09:30:00 +0900
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                %s
                """.formatted(fromHeader, subjectHeader, RawMail.base64(body, UTF_8));
    }

    // --- search

    @Test
    void recent_mail_is_listed_newest_first_with_korean_sender_and_subject_decoded() throws Exception {
        long older = deliver(RawMail.bytes(simple(RawMail.b("EUC-KR", EUC_KR, "주간 회의록"),
                RawMail.b("EUC-KR", EUC_KR, "김철수") + " <kim@example.com>", "회의록입니다.")),
                now.minus(3, ChronoUnit.HOURS));
        long newest = deliver(RawMail.bytes(simple(RawMail.q("UTF-8", UTF_8, "견적서 보내드립니다"),
                "\"" + RawMail.b("UTF-8", UTF_8, "이영희") + "\" <lee@example.com>", "견적서 첨부합니다.")),
                now.minus(1, ChronoUnit.HOURS));
        long middle = deliver(RawMail.bytes(simple("Weekly report", "report@example.com", "Numbers.")),
                now.minus(2, ChronoUnit.HOURS));

        String text = run("search", "query", "", "days", 7).text();

        assertThat(text).startsWith("최근 7일 동안 받은 메일이에요 (3통, 최신순):");
        assertThat(text).containsSubsequence(
                "1. 견적서 보내드립니다 [uid " + newest + "]", "이영희 <lee@example.com>",
                "2. Weekly report [uid " + middle + "]", "report@example.com",
                "3. 주간 회의록 [uid " + older + "]", "김철수 <kim@example.com>");
        assertThat(text).contains("12월 1일 (월) 09:30").doesNotContain("=?");
    }

    @Test
    void a_korean_subject_word_finds_only_the_mail_that_has_it() throws Exception {
        deliver(simple(RawMail.b("EUC-KR", EUC_KR, "주간 회의록"), "kim@example.com", "내용"));
        long quote = deliver(simple(RawMail.b("UTF-8", UTF_8, "견적서 보내드립니다"), "lee@example.com", "내용"));

        String text = run("search", "query", "견적서").text();

        assertThat(text).startsWith("최근 7일 동안 '견적서' 메일 검색 결과예요 (1통, 최신순):")
                .contains("견적서 보내드립니다 [uid " + quote + "]")
                .doesNotContain("회의록");
    }

    @Test
    void a_word_in_the_body_finds_the_mail() throws Exception {
        deliver(simple("Invoice", "billing@example.com", "Please find the quarterly invoice attached."));
        deliver(simple("Lunch", "friend@example.com", "See you at noon."));

        String text = run("search", "query", "quarterly").text();

        assertThat(text).contains("Invoice").doesNotContain("Lunch");
    }

    @Test
    void mail_older_than_the_asked_days_is_left_out_until_more_days_are_asked() throws Exception {
        deliver(RawMail.bytes(simple("Old news", "old@example.com", "old")), now.minus(10, ChronoUnit.DAYS));
        deliver(RawMail.bytes(simple("Fresh news", "new@example.com", "new")), now.minus(1, ChronoUnit.DAYS));

        assertThat(run("search").text()).contains("Fresh news").doesNotContain("Old news");
        assertThat(run("search", "days", "30일").text()).contains("Fresh news", "Old news");
    }

    @Test
    void at_most_ten_mails_are_listed_and_the_rest_is_counted() throws Exception {
        for (int i = 1; i <= 12; i++) {
            deliver(RawMail.bytes(simple("Mail number " + i, "a@example.com", "x")), now.minus(13 - i,
                    ChronoUnit.MINUTES));
        }

        String text = run("search").text();

        assertThat(text).contains("(12통, 최신순)", "1. Mail number 12 ", "10. Mail number 3 ", "이 밖에 2통")
                .doesNotContain("Mail number 2 ");
    }

    @Test
    void an_empty_mailbox_says_there_is_no_recent_mail() {
        assertThat(run("search", "query", "").text()).isEqualTo("최근 7일 동안 받은 메일이 없어요.");
        assertThat(run("search", "query", "견적서", "days", 3).text())
                .isEqualTo("최근 3일 동안 '견적서'이(가) 들어간 메일이 없어요. 기간을 늘리거나 다른 단어로 찾아볼까요?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "366", "-3", "일주일", "abc"})
    void days_outside_one_to_a_year_are_asked_back(String days) {
        assertThatThrownBy(() -> run("search", "query", "x", "days", days))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(ToolFailure.Kind.BAD_INPUT);
                    assertThat(f.userMessage()).contains("1부터 365");
                });
    }

    // --- read: encodings

    @Test
    void euc_kr_base64_mail_reads_correctly() throws Exception {
        long uid = deliver("""
                From: %s <kim@example.com>
                To: %s <owner@example.com>
                Subject: %s
                Date: Tue, 2 Dec 2025 15:05:00 +0900
                MIME-Version: 1.0
                Content-Type: text/plain; charset="euc-kr"
                Content-Transfer-Encoding: base64

                %s
                """.formatted(RawMail.b("EUC-KR", EUC_KR, "김철수"), RawMail.b("EUC-KR", EUC_KR, "주인"),
                RawMail.b("EUC-KR", EUC_KR, "[공지] 12월 워크숍 안내"),
                RawMail.base64("안녕하세요.\n12월 워크숍은 제주에서 열립니다.\n감사합니다.", EUC_KR)));

        String text = read(uid);

        assertThat(text).startsWith("""
                제목: [공지] 12월 워크숍 안내
                보낸 사람: 김철수 <kim@example.com>
                받는 사람: 주인 <owner@example.com>
                날짜: 12월 2일 (화) 15:05

                안녕하세요.
                12월 워크숍은 제주에서 열립니다.
                감사합니다.""");
    }

    @Test
    void euc_kr_quoted_printable_mail_reads_correctly() throws Exception {
        long uid = deliver("""
                From: %s <park@example.com>
                To: owner@example.com
                Subject: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=EUC-KR
                Content-Transfer-Encoding: quoted-printable

                %s
                """.formatted(RawMail.q("EUC-KR", EUC_KR, "박지민"), RawMail.q("EUC-KR", EUC_KR, "회의실 예약 확인"),
                RawMail.quotedPrintable("내일 오후 3시 대회의실로 예약했습니다. " + "자세한 내용은 첨부를 참고해 주세요. "
                        + "이 줄은 76자를 넘겨서 소프트 줄바꿈이 생깁니다.", EUC_KR)));

        String text = read(uid);

        assertThat(text).contains("제목: 회의실 예약 확인", "보낸 사람: 박지민 <park@example.com>",
                "내일 오후 3시 대회의실로 예약했습니다. 자세한 내용은 첨부를 참고해 주세요. 이 줄은 76자를 넘겨서 소프트 줄바꿈이 생깁니다.");
        assertThat(text).containsPattern("날짜: \\d+월 \\d+일"); // no Date header: when the server received it
    }

    @Test
    void utf8_quoted_printable_mail_reads_correctly() throws Exception {
        long uid = deliver("""
                From: lee@example.com
                To: owner@example.com
                Subject: %s
                Date: Tue, 3 Dec 2024 10:00:00 +0900
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                %s
                """.formatted(RawMail.q("utf-8", UTF_8, "배송 완료 😀"),
                RawMail.quotedPrintable("주문하신 상품이 배송 완료되었습니다 😀\n= 기호도 그대로", UTF_8)));

        assertThat(read(uid)).contains("제목: 배송 완료 😀", "날짜: 2024년 12월 3일 (화) 10:00", "주문하신 상품이 배송 완료되었습니다 😀\n= 기호도 그대로");
    }

    @Test
    void outlook_ks_c_5601_mail_shows_syllables_that_euc_kr_lacks() throws Exception {
        long uid = deliver("""
                From: %s <boss@example.com>
                To: owner@example.com
                Subject: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset="ks_c_5601-1987"
                Content-Transfer-Encoding: base64

                %s
                """.formatted(RawMail.b("ks_c_5601-1987", CP949, "똠방각하"),
                RawMail.b("ks_c_5601-1987", CP949, "결재 요청"), RawMail.base64("똠양꿍 회식 결재 부탁드립니다.", CP949)));

        assertThat(read(uid)).contains("제목: 결재 요청", "보낸 사람: 똠방각하 <boss@example.com>", "똠양꿍 회식 결재 부탁드립니다.");
    }

    @Test
    void an_8bit_euc_kr_body_without_a_charset_is_still_readable() throws Exception {
        long uid = deliver(RawMail.eightBit("""
                From: old-mailer@example.com
                To: owner@example.com
                Subject: legacy
                MIME-Version: 1.0
                Content-Type: text/plain
                Content-Transfer-Encoding: 8bit
                """, "옛날 메일 프로그램이 보낸 본문", EUC_KR), now.minus(1, ChronoUnit.HOURS));

        assertThat(read(uid)).contains("옛날 메일 프로그램이 보낸 본문");
    }

    // --- read: structure

    @Test
    void multipart_alternative_shows_the_plain_text_not_the_html() throws Exception {
        long uid = deliver("""
                From: news@example.com
                To: owner@example.com
                Subject: alt
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="ALT"

                --ALT
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                %s
                --ALT
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: base64

                %s
                --ALT--
                """.formatted(RawMail.base64("평문 본문입니다.", UTF_8),
                RawMail.base64("<p><b>HTML 본문</b>입니다.</p>", UTF_8)));

        assertThat(read(uid)).contains("평문 본문입니다.").doesNotContain("HTML 본문", "<b>");
    }

    @Test
    void html_only_mail_becomes_text_with_its_line_breaks() throws Exception {
        String html = """
                <html><head><style>p { color: red; }</style><title>제목태그</title></head>
                <body><h1>주문 확인</h1><p>안녕하세요,<br>주문이 접수되었습니다.</p>
                <ul><li>상품: 키보드</li><li>수량: 1개</li></ul>
                <table><tr><td>합계</td><td>50,000원</td></tr></table>
                <p>감사합니다&nbsp;&amp; 좋은 하루 되세요.</p><script>alert('x')</script></body></html>""";
        long uid = deliver("""
                From: shop@example.com
                To: owner@example.com
                Subject: html
                MIME-Version: 1.0
                Content-Type: text/html; charset=EUC-KR
                Content-Transfer-Encoding: quoted-printable

                %s
                """.formatted(RawMail.quotedPrintable(html, EUC_KR)));

        String text = read(uid);

        assertThat(text).contains("주문 확인\n\n안녕하세요,\n주문이 접수되었습니다.\n\n• 상품: 키보드\n• 수량: 1개",
                "합계", "50,000원", "감사합니다 & 좋은 하루 되세요.");
        assertThat(text).doesNotContain("<", "color: red", "alert", "제목태그");
    }

    @Test
    void nested_multiparts_show_the_text_and_list_attachments_by_korean_name() throws Exception {
        long uid = deliver("""
                From: kim@example.com
                To: owner@example.com
                Subject: %s
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="MIX"

                --MIX
                Content-Type: multipart/alternative; boundary="ALT"

                --ALT
                Content-Type: text/plain; charset=EUC-KR
                Content-Transfer-Encoding: base64

                %s
                --ALT
                Content-Type: multipart/related; boundary="REL"

                --REL
                Content-Type: text/html; charset=UTF-8

                <p>견적서를 보내드립니다.<img src="cid:logo"></p>
                --REL
                Content-Type: image/png; name="logo.png"
                Content-ID: <logo>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --REL--
                --ALT--
                --MIX
                Content-Type: application/pdf; name="%s"
                Content-Disposition: attachment; filename="%s"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --MIX
                Content-Type: image/jpeg
                Content-Disposition: attachment; filename*=UTF-8''%%EC%%82%%AC%%EC%%A7%%84.jpg
                Content-Transfer-Encoding: base64

                /9j/4AAQ
                --MIX
                Content-Type: application/vnd.ms-excel; name="%s"
                Content-Disposition: attachment
                Content-Transfer-Encoding: base64

                AAAA
                --MIX--
                """.formatted(RawMail.b("UTF-8", UTF_8, "견적서 송부"), RawMail.base64("견적서를 보내드립니다.", EUC_KR),
                RawMail.b("UTF-8", UTF_8, "견적서_2025.pdf"), RawMail.b("UTF-8", UTF_8, "견적서_2025.pdf"),
                RawMail.b("EUC-KR", EUC_KR, "단가표.xls")));

        String text = read(uid);

        assertThat(text).contains("첨부 파일 3개: 견적서_2025.pdf, 사진.jpg, 단가표.xls", "견적서를 보내드립니다.")
                .doesNotContain("logo.png", "=?");
    }

    @Test
    void a_long_mail_is_cut_to_fit_a_chat_message_with_a_notice() throws Exception {
        String paragraph = "긴 메일의 한 문단입니다. 내용이 계속 이어집니다.\n";
        long uid = deliver(simple("long", "a@example.com", paragraph.repeat(400)));

        String text = read(uid);

        assertThat(text.length()).isLessThanOrEqualTo(MailFormat.MAX_READ_CHARS);
        assertThat(text).startsWith("제목: long").contains(paragraph)
                .contains("(메일이 길어서 앞부분만 보여 드렸어요. 본문 " + String.format("%,d", paragraph.length() * 400 - 1) + "자 중 ")
                .endsWith("자)");
    }

    @Test
    void reading_does_not_mark_the_mail_as_read() throws Exception {
        long uid = deliver(simple("unread", "a@example.com", "x"));

        read(uid);

        MailFolder inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
        List<StoredMessage> messages = inbox.getMessages();
        assertThat(messages).singleElement()
                .satisfies(m -> assertThat(m.getFlags().contains(Flags.Flag.SEEN)).isFalse());
    }

    // --- read: bad input

    @Test
    void an_unknown_uid_gets_a_clear_reply() throws Exception {
        deliver(simple("one", "a@example.com", "x"));

        assertThat(run("read", "uid", 4242).text())
                .isEqualTo("uid 4242인 메일을 찾을 수 없어요. 지워졌거나 옮겨졌을 수 있으니 메일을 다시 검색해 주세요.");
    }

    @Test
    void a_uid_written_with_a_prefix_or_as_a_number_is_understood() throws Exception {
        long uid = deliver(simple("prefixed", "a@example.com", "x"));

        assertThat(run("read", "uid", "uid " + uid).text()).startsWith("제목: prefixed");
        assertThat(run("read", "uid", "#" + uid).text()).startsWith("제목: prefixed");
        assertThat(run("read", "uid", (double) uid).text()).startsWith("제목: prefixed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "첫번째", "99999999999"})
    void a_uid_that_is_not_a_positive_number_is_asked_back(String uid) {
        assertThatThrownBy(() -> run("read", "uid", uid)).isInstanceOfSatisfying(ToolFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(ToolFailure.Kind.BAD_INPUT);
            assertThat(f.userMessage()).contains("올바른 메일 번호가 아니에요");
        });
    }

    @Test
    void a_missing_uid_is_asked_for() {
        assertThatThrownBy(() -> run("read")).isInstanceOfSatisfying(ToolFailure.class,
                f -> assertThat(f.userMessage()).isEqualTo("어떤 메일을 읽을까요? 메일 검색 결과에 나온 uid 번호를 알려 주세요."));
    }

    // --- connection and configuration

    @Test
    void a_wrong_password_says_login_failed_and_never_shows_the_password() {
        tool = new MailTool(settings(greenMail.getImap().getPort(), "wrong-" + PASSWORD, "INBOX"));

        assertThatThrownBy(() -> run("search")).isInstanceOfSatisfying(ToolFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(ToolFailure.Kind.UNAVAILABLE);
            assertThat(f.userMessage()).startsWith("메일 로그인 실패").doesNotContain(PASSWORD);
        });
    }

    @Test
    void a_server_that_is_down_gets_a_clear_reply() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        tool = new MailTool(settings(closedPort, PASSWORD, "INBOX"));

        assertThatThrownBy(() -> run("read", "uid", 1)).isInstanceOfSatisfying(ToolFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(ToolFailure.Kind.UNAVAILABLE);
            assertThat(f.userMessage()).isEqualTo("지금 메일 서버(127.0.0.1)에 연결할 수 없어요. 잠시 후 다시 시도해 주세요.");
        });
    }

    @Test
    void a_server_that_accepts_but_never_answers_times_out_with_a_clear_reply() throws Exception {
        // The kernel completes the connection from the backlog; nobody ever sends the IMAP greeting.
        try (ServerSocket silent = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            tool = new MailTool(settings(silent.getLocalPort(), MailSettings.Security.NONE, Duration.ofMillis(800)));

            assertThatThrownBy(() -> run("search")).isInstanceOfSatisfying(ToolFailure.class, f -> assertThat(
                    f.userMessage()).isEqualTo("메일 서버(127.0.0.1)가 제한 시간 안에 답하지 않았어요. 잠시 후 다시 시도해 주세요."));
        }
    }

    @Test
    void a_server_that_drips_its_greeting_one_byte_at_a_time_is_cut_off_at_the_whole_request_deadline() {
        // A byte every 200 ms: the per-read timeout (800 ms) never fires, only the request's deadline can end it.
        assertCutOffAtTheDeadline("* OK IMAP4rev1 ready", MailSettings.Security.NONE);
    }

    @Test
    void a_dripping_ssl_server_is_cut_off_at_the_deadline_too() {
        // TLS is layered over the deadline's socket. The server starts a TLS record of 16 KB (handshake type, TLS 1.2,
        // length 0x4000) and drips its body, so the handshake never completes and never fails on its own.
        assertCutOffAtTheDeadline("\u0016\u0003\u0003\u0040\u0000", MailSettings.Security.SSL);
    }

    private void assertCutOffAtTheDeadline(String drippedGreeting, MailSettings.Security security) {
        try (StallingServer dripping = StallingServer.dripping(0, drippedGreeting, Duration.ofMillis(200))) {
            tool = new MailTool(settings(dripping.port(), security, Duration.ofMillis(800)));

            long started = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThatThrownBy(() -> run("search"))
                    .isInstanceOfSatisfying(ToolFailure.class, f -> assertThat(f.userMessage())
                            .isEqualTo("메일 서버(127.0.0.1)가 제한 시간 안에 답하지 않았어요. 잠시 후 다시 시도해 주세요.")));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void a_request_within_its_deadline_is_not_disturbed_by_it() throws Exception {
        deliver(simple("마감 전 메일", "boss@example.com", "본문"));
        tool = new MailTool(settings(greenMail.getImap().getPort(), MailSettings.Security.NONE,
                Duration.ofSeconds(5)));

        for (int i = 0; i < 3; i++) {
            assertThat(run("search").text()).contains("마감 전 메일");
        }
    }

    @Test
    void ssl_to_a_server_with_an_untrusted_certificate_is_refused_with_a_tls_hint() {
        tool = new MailTool(settings(greenMail.getImaps().getPort(), MailSettings.Security.SSL, Duration.ofSeconds(5)));

        assertThatThrownBy(() -> run("search")).isInstanceOfSatisfying(ToolFailure.class,
                f -> assertThat(f.userMessage()).contains("보안 연결(TLS)", "IMAP_SECURITY"));
    }

    @Test
    void starttls_is_required_when_chosen_so_a_plain_only_server_is_refused() {
        tool = new MailTool(settings(greenMail.getImap().getPort(), MailSettings.Security.STARTTLS,
                Duration.ofSeconds(5)));

        assertThatThrownBy(() -> run("search")).isInstanceOfSatisfying(ToolFailure.class,
                f -> assertThat(f.userMessage()).contains("보안 연결(TLS)"));
    }

    @Test
    void a_missing_folder_names_the_setting_to_fix() {
        tool = new MailTool(settings(greenMail.getImap().getPort(), PASSWORD, "없는메일함"));

        assertThatThrownBy(() -> run("search")).isInstanceOfSatisfying(ToolFailure.class,
                f -> assertThat(f.userMessage()).contains("'없는메일함'", "IMAP_FOLDER"));
    }

    @Test
    void a_tool_without_settings_says_mail_is_not_set_up() {
        tool = MailTool.notConfigured();

        assertThat(run("search", "query", "견적서").text()).startsWith("메일이 설정되지 않았어요");
        assertThat(run("read", "uid", 1).text()).startsWith("메일이 설정되지 않았어요");
    }

    @Test
    void the_tool_can_only_search_and_read() {
        assertThat(tool.name()).isEqualTo("email");
        assertThat(tool.operations()).containsExactlyInAnyOrder("search", "read");
        assertThatThrownBy(() -> run("send", "to", "a@example.com")).isInstanceOf(ToolFailure.class);
    }

    @Test
    void settings_never_show_the_password() {
        MailSettings settings = MailSettings.of("imap.gmail.com", "me@gmail.com", PASSWORD,
                MailSettings.Security.parse("SSL"));

        assertThat(settings.toString()).contains("imap.gmail.com", "993", "password=***").doesNotContain(PASSWORD);
        assertThat(settings.folder()).isEqualTo("INBOX");
    }
}
