package dev.ide.tools.mail;

import static dev.ide.tools.mail.RawMail.EUC_KR;
import static dev.ide.tools.mail.RawMail.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EncodedWordsTest {

    private static String bBytes(String label, byte[] bytes) {
        return "=?" + label + "?B?" + Base64.getEncoder().encodeToString(bytes) + "?=";
    }

    @Test
    void a_syllable_split_across_two_encoded_words_reads_whole() {
        byte[] bytes = "안녕하세요 견적서".getBytes(UTF_8);
        String first = bBytes("UTF-8", Arrays.copyOfRange(bytes, 0, 4));
        String second = bBytes("UTF-8", Arrays.copyOfRange(bytes, 4, bytes.length));

        assertThat(EncodedWords.decode(first + "\r\n " + second)).isEqualTo("안녕하세요 견적서");
        assertThat(EncodedWords.decode(first + second)).isEqualTo("안녕하세요 견적서");
    }

    @Test
    void euc_kr_b_and_q_words_and_plain_text_around_them_read_correctly() {
        String subject = "Re: " + RawMail.b("EUC-KR", EUC_KR, "회의 일정") + " " + RawMail.q("euc-kr", EUC_KR, "변경 안내")
                + " (2차)";

        assertThat(EncodedWords.decode(subject)).isEqualTo("Re: 회의 일정변경 안내 (2차)");
    }

    @Test
    void outlook_ks_c_5601_label_reads_syllables_that_euc_kr_lacks() {
        String word = RawMail.b("ks_c_5601-1987", RawMail.CP949, "똠방각하 결재");

        assertThat(EncodedWords.decode(word)).isEqualTo("똠방각하 결재");
    }

    @Test
    void raw_8bit_header_bytes_are_read_as_utf8_or_korean() {
        String utf8AsLatin1 = new String("견적서 송부".getBytes(UTF_8), StandardCharsets.ISO_8859_1);
        String eucKrAsLatin1 = new String("견적서 송부".getBytes(EUC_KR), StandardCharsets.ISO_8859_1);

        assertThat(EncodedWords.decode(utf8AsLatin1)).isEqualTo("견적서 송부");
        assertThat(EncodedWords.decode(eucKrAsLatin1)).isEqualTo("견적서 송부");
    }

    @Test
    void a_malformed_word_is_left_as_written() {
        assertThat(EncodedWords.decode("=?UTF-8?Q?=E2=8?= 안내")).isEqualTo("=?UTF-8?Q?=E2=8?= 안내");
    }

    @Test
    void a_decoded_name_with_a_comma_stays_one_address() {
        String from = RawMail.b("UTF-8", UTF_8, "홍길동, 영업팀") + " <hong@example.com>, kim@example.com";

        assertThat(MailAddresses.display(from)).containsExactly("홍길동, 영업팀 <hong@example.com>", "kim@example.com");
    }

    @Test
    void a_quoted_encoded_name_is_decoded() {
        String from = "\"" + RawMail.b("EUC-KR", EUC_KR, "김철수") + "\" <kim@example.com>";

        assertThat(MailAddresses.display(from)).containsExactly("김철수 <kim@example.com>");
    }
}
