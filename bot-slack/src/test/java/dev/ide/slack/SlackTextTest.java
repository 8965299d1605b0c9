package dev.ide.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void mentions_and_links_from_a_model_are_shown_as_plain_characters() {
        assertThat(SlackText.forSlack("<!here> <@U123> <https://x.example|은행> A&B"))
                .isEqualTo("&lt;!here&gt; &lt;@U123&gt; &lt;https://x.example|은행&gt; A&amp;B");
    }

    @Test
    void markdown_bold_headings_and_strike_through_become_slack_formatting() {
        assertThat(SlackText.forSlack("## 요약\n**중요**한 점과 ~~틀린~~ 점"))
                .isEqualTo("*요약*\n*중요*한 점과 ~틀린~ 점");
    }

    @Test
    void plain_korean_text_is_sent_unchanged() {
        assertThat(SlackText.forSlack("오늘 3시 * 회의 * 있어요")).isEqualTo("오늘 3시 * 회의 * 있어요");
    }

    @Test
    void what_a_user_typed_is_read_back_without_slack_encoding() {
        assertThat(SlackText.fromSlack("<@UBOT> 이 링크 <https://a.example/x?y=1&amp;z=2|문서> 봐줘 &lt;급함&gt;",
                "UBOT")).isEqualTo("이 링크 문서 (https://a.example/x?y=1&z=2) 봐줘 <급함>");
        assertThat(SlackText.fromSlack("메일은 <mailto:kim@example.com|kim@example.com> 로", "UBOT"))
                .isEqualTo("메일은 kim@example.com 로");
    }

    @Test
    void a_leading_mention_is_dropped_even_when_the_bot_id_is_unknown() {
        assertThat(SlackText.fromSlack("<@U999> 안녕", null)).isEqualTo("안녕");
    }
}
