package dev.ide.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressingTest {

    private final BotIdentity bot = new BotIdentity(999, "ide_bot");

    @Test
    void the_mention_is_removed_from_what_core_reads() {
        assertThat(Addressing.withoutMention("@ide_bot 오늘 일정 알려줘", bot)).isEqualTo("오늘 일정 알려줘");
        assertThat(Addressing.withoutMention("오늘 일정 @IDE_BOT 알려줘", bot)).isEqualTo("오늘 일정 알려줘");
    }

    @Test
    void a_command_addressed_to_this_bot_keeps_its_suffix_for_core() {
        assertThat(Addressing.withoutMention("/status@ide_bot", bot)).isEqualTo("/status@ide_bot");
    }

    @Test
    void another_bots_name_that_starts_like_ours_is_not_a_mention() {
        assertThat(Addressing.mentions("@ide_bot2 안녕", null, bot)).isFalse();
        assertThat(Addressing.mentions("메일 주소 me@ide_bot 은 아니에요", null, bot)).isFalse();
        assertThat(Addressing.mentions("안녕 @ide_bot", null, bot)).isTrue();
    }

    @Test
    void commands_count_unless_they_name_another_bot() {
        assertThat(Addressing.isCommandForUs("/status", bot)).isTrue();
        assertThat(Addressing.isCommandForUs("/status@ide_bot", bot)).isTrue();
        assertThat(Addressing.isCommandForUs("/status@other_bot", bot)).isFalse();
        assertThat(Addressing.isCommandForUs("안녕 /status", bot)).isFalse();
    }
}
