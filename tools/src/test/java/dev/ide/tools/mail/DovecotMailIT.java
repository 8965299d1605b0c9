package dev.ide.tools.mail;

import static dev.ide.tools.mail.RawMail.EUC_KR;
import static dev.ide.tools.mail.RawMail.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ide.core.message.ConversationKey;
import dev.ide.core.message.Platform;
import dev.ide.core.tool.ToolCall;
import dev.ide.core.tool.ToolContext;
import dev.ide.core.tool.ToolFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mail tool against a real Dovecot: searches that GreenMail does not do as RFC 3501 says (FROM is a substring
 * match), Korean search terms sent as UTF-8 literals, and Korean bodies decoded by the server for BODY search.
 */
class DovecotMailIT {

    private static final String PASSWORD = "dovecot-test-pw";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static Dovecot dovecot;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final ToolContext CONTEXT = new ToolContext(new ConversationKey(Platform.CONSOLE, "console"),
            "owner", true, null, Clock.fixed(NOW, SEOUL), SEOUL);

    @BeforeAll
    static void startDovecot() throws Exception {
        dovecot = Dovecot.start(PASSWORD);
        dovecot.deliver(mail("\"Kim Chulsoo\" <chulsoo.kim@acme-corp.example>", "Quarterly numbers",
                "See the attached figures."), NOW.minus(3, ChronoUnit.HOURS));
        dovecot.deliver(mail(RawMail.b("EUC-KR", EUC_KR, "이영희") + " <younghee@partner.example>",
                RawMail.b("EUC-KR", EUC_KR, "[견적서] 사무용 가구 견적 보내드립니다"),
                "안녕하세요. 요청하신 견적서를 첨부합니다. 제주 지점 납품 기준입니다."), NOW.minus(2, ChronoUnit.HOURS));
        dovecot.deliver(mail("newsletter@shop.example", RawMail.q("UTF-8", UTF_8, "이번 주 특가 안내"),
                "특가 상품을 확인하세요."), NOW.minus(1, ChronoUnit.HOURS));
        // A raw UTF-8 subject, as SMTPUTF8 senders write it.
        dovecot.deliver(mail("old@archive.example", "Old 견적서 archive", "오래된 견적서"),
                NOW.minus(20, ChronoUnit.DAYS));
    }

    @AfterAll
    static void stopDovecot() throws Exception {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    private static byte[] mail(String from, String subject, String body) {
        return RawMail.bytes("""
                From: %s
                To: owner@example.com
                Subject: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=EUC-KR
                Content-Transfer-Encoding: base64

                %s
                """.formatted(from, subject, RawMail.base64(body, EUC_KR)));
    }

    private static MailTool tool(String password) {
        return new MailTool(new MailSettings("127.0.0.1", dovecot.port(), Dovecot.USER, password,
                MailSettings.Security.NONE, "INBOX", Duration.ofSeconds(10)));
    }

    private static String search(Object query, Object days) {
        Map<String, Object> params = days == null ? Map.of("query", query) : Map.of("query", query, "days", days);
        return tool(PASSWORD).run(new ToolCall("email", "search", params), CONTEXT).text();
    }

    @Test
    void part_of_a_sender_address_finds_the_mail() {
        assertThat(search("acme-corp", null)).contains("Quarterly numbers", "Kim Chulsoo <chulsoo.kim@acme-corp.example>")
                .doesNotContain("견적", "특가");
    }

    @Test
    void part_of_a_korean_sender_name_finds_the_mail() {
        assertThat(search("영희", null)).contains("[견적서] 사무용 가구 견적 보내드립니다", "이영희 <younghee@partner.example>")
                .doesNotContain("Quarterly", "특가");
    }

    @Test
    void a_korean_word_in_an_euc_kr_subject_finds_the_mail_within_the_days_asked() {
        String text = search("견적서", 7);

        assertThat(text).startsWith("최근 7일 동안 '견적서' 메일 검색 결과예요 (1통, 최신순):")
                .contains("[견적서] 사무용 가구 견적 보내드립니다").doesNotContain("archive");
        assertThat(search("견적서", 30)).contains("(2통, 최신순)", "[견적서] 사무용 가구", "Old 견적서 archive");
    }

    @Test
    void a_korean_word_in_an_euc_kr_base64_body_finds_the_mail() {
        assertThat(search("제주", null)).contains("[견적서] 사무용 가구 견적 보내드립니다").doesNotContain("Quarterly");
    }

    @Test
    void recent_mail_is_newest_first_and_reads_in_korean() {
        String list = search("", null);

        assertThat(list).containsSubsequence("1. 이번 주 특가 안내", "2. [견적서]", "3. Quarterly numbers")
                .doesNotContain("archive");
        long uid = Long.parseLong(list.replaceAll("(?s).*2\\. \\[견적서][^\\[]*\\[uid (\\d+)].*", "$1"));

        String mail = tool(PASSWORD).run(new ToolCall("email", "read", Map.of("uid", uid)), CONTEXT).text();

        assertThat(mail).contains("제목: [견적서] 사무용 가구 견적 보내드립니다", "보낸 사람: 이영희 <younghee@partner.example>",
                "요청하신 견적서를 첨부합니다.");
    }

    @Test
    void a_wrong_password_says_login_failed() {
        assertThatThrownBy(() -> tool("not-" + PASSWORD).run(ToolCall.of("email", "search"), CONTEXT))
                .isInstanceOfSatisfying(ToolFailure.class, f -> assertThat(f.userMessage()).startsWith("메일 로그인 실패")
                        .doesNotContain(PASSWORD));
    }
}
