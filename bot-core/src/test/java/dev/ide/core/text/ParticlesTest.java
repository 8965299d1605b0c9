package dev.ide.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticlesTest {

    @ParameterizedTest(name = "''{0}'' takes {1}")
    @CsvSource({
            "0, 은", "1, 은", "2, 는", "3, 은", "4, 는", "5, 는", "6, 은", "7, 은", "8, 은", "9, 는",
            "내일, 은", "회의, 는", "2026-02-30, 은", "12/5, 는", "3pm, 은", "abc, 는", "x1L, 은"})
    void the_topic_particle_after_a_quoted_word_fits_its_last_sound(String word, String particle) {
        assertThat(Msg.MAIL_UID_INVALID.format(word))
                .startsWith("'" + word + "'" + particle + " 올바른 메일 번호가 아니에요.");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"-", "?!", "音"})
    void a_word_whose_sound_cannot_be_told_keeps_both_forms(String word) {
        assertThat(Msg.MAIL_UID_INVALID.format(word)).startsWith("'" + word + "'은(는) 올바른");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"0, 은", "30, 은", "5, 는"})
    void the_days_message_uses_the_same_rule(String word, String particle) {
        assertThat(Msg.MAIL_DAYS_INVALID.format(word)).endsWith("('" + word + "'" + particle + " 쓸 수 없어요.)");
    }
}
