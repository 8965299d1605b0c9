package dev.ide.slack;

import dev.ide.core.testing.Await;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ide.core.message.Platform;
import dev.ide.core.testing.TestEngine;
import dev.ide.core.text.Msg;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Slack adapter end to end in HTTP mode: signed requests into Bolt, a real engine behind it, and a loopback
 * Slack Web API that records what the user would see.
 */
class SlackBotTest {

    private static final String OWNER = "U0OWNER";
    private static final String DM = "D0OWNER";
    private static final String CHANNEL = "C0TEAM";

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    /** While above zero, the inbox fails like a database that is down, and counts down. */
    private final AtomicInteger inboxFailures = new AtomicInteger();
    private TestEngine engine;
    private FakeSlackApi slack;
    private SlackBot bot;
    private SlackRequests requests;

    @BeforeEach
    void start() {
        engine = TestEngine.allowing(Platform.SLACK, OWNER);
        slack = new FakeSlackApi().start();
        startBot();
    }

    private void startBot() {
        SlackSettings settings = new SlackSettings("xoxb-test-token", null, SlackRequests.SECRET, "127.0.0.1", 0,
                slack.apiUrl(), null);
        Inbox inbox = (message, channel) -> {
            if (inboxFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("database is down");
            }
            return engine.pipeline().accept(message, channel);
        };
        bot = new SlackBot(settings, inbox, Clock.systemUTC(), waits::add);
        bot.start();
        requests = new SlackRequests(bot.httpPort());
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
        engine.close();
    }

    private void classifierSays(String response) {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"" + response + "\"}");
    }

    private List<String> texts(List<FakeSlackApi.Call> calls) {
        return calls.stream().map(FakeSlackApi.Call::text).toList();
    }

    @Test
    void a_direct_message_is_answered_in_the_dm() {
        classifierSays("안녕하세요! 무엇을 도와드릴까요?");

        SlackRequests.Reply reply = requests.post(SlackRequests.directMessage("Ev1", OWNER, DM, "안녕"));

        assertThat(reply.status()).isEqualTo(200);
        Await.until("the answer", () -> slack.posts().size() == 1);
        FakeSlackApi.Call answer = slack.posts().get(0);
        assertThat(answer.channel()).isEqualTo(DM);
        assertThat(answer.threadTs()).isNull();
        assertThat(answer.text()).isEqualTo("안녕하세요! 무엇을 도와드릴까요?");
        assertThat(engine.classifier().completions().get(0).lastUserMessage()).contains("안녕");
    }

    @Test
    void a_mention_is_answered_in_its_thread_without_the_mention_in_the_question() {
        classifierSays("점심은 비빔밥 어떠세요?");

        requests.post(SlackRequests.mention("Ev2", OWNER, CHANNEL, "1700000500.000100",
                "<@" + FakeSlackApi.BOT_USER + "> 점심 뭐 먹지?"));

        Await.until("the answer", () -> slack.posts().size() == 1);
        FakeSlackApi.Call answer = slack.posts().get(0);
        assertThat(answer.channel()).isEqualTo(CHANNEL);
        assertThat(answer.threadTs()).isEqualTo("1700000500.000100");
        assertThat(answer.text()).isEqualTo("점심은 비빔밥 어떠세요?");
        String question = engine.classifier().completions().get(0).lastUserMessage();
        assertThat(question).contains("점심 뭐 먹지?").doesNotContain(FakeSlackApi.BOT_USER);
    }

    @Test
    void the_bots_own_messages_and_edits_are_ignored() {
        classifierSays("네!");

        assertThat(requests.post(SlackRequests.botMessage("Ev3", DM, "네!")).status()).isEqualTo(200);
        assertThat(requests.post(SlackRequests.editedMessage("Ev4", OWNER, DM, "고친 글")).status()).isEqualTo(200);
        // Messages of one conversation are answered in order, so once this one is answered the two above would
        // have been too.
        requests.post(SlackRequests.directMessage("Ev5", OWNER, DM, "안녕"));

        Await.until("the answer to the last message", () -> slack.posts().size() == 1);
        assertThat(engine.classifier().completionCount()).isEqualTo(1);
        assertThat(texts(slack.posts())).containsExactly("네!");
    }

    @Test
    void a_request_with_a_bad_or_stale_signature_is_refused_and_nothing_is_processed() {
        classifierSays("안녕하세요");
        String body = SlackRequests.directMessage("Ev6", OWNER, DM, "안녕");

        SlackRequests.Reply forged = requests.post(body, "wrong-secret", Instant.now(), Map.of());
        SlackRequests.Reply stale = requests.post(body, SlackRequests.SECRET,
                Instant.now().minus(Duration.ofMinutes(10)), Map.of());

        assertThat(forged.status()).isEqualTo(401);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(engine.jobs().unfinished()).isEmpty();
        assertThat(engine.modelCalls()).isZero();
        assertThat(slack.posts()).isEmpty();
        // The same event, properly signed, is still new: the refused ones were not recorded as seen.
        requests.post(body);
        Await.until("the answer", () -> slack.posts().size() == 1);
    }

    @Test
    void a_retried_event_is_answered_once_also_after_a_restart() {
        classifierSays("안녕하세요");
        String body = SlackRequests.directMessage("Ev7", OWNER, DM, "안녕");

        assertThat(requests.post(body).status()).isEqualTo(200);
        Await.until("the answer", () -> slack.posts().size() == 1);
        Map<String, String> retry = Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
        assertThat(requests.post(body, retry).status()).isEqualTo(200);
        bot.close();
        startBot();
        assertThat(requests.post(body, Map.of("X-Slack-Retry-Num", "2")).status()).isEqualTo(200);
        requests.post(SlackRequests.directMessage("Ev8", OWNER, DM, "또 안녕"));

        Await.until("the answer to the new message", () -> slack.posts().size() == 2);
        assertThat(engine.classifier().completionCount()).isEqualTo(2);
    }

    @Test
    void a_user_not_on_the_allowlist_gets_one_short_refusal_and_no_model_call() {
        requests.post(SlackRequests.directMessage("Ev9", "U0STRANGER", "D0STRANGER", "안녕"));
        requests.post(SlackRequests.directMessage("Ev10", "U0STRANGER", "D0STRANGER", "안녕?"));

        Await.until("the refusal", () -> slack.posts().size() == 1);
        assertThat(texts(slack.posts())).containsExactly(Msg.NOT_ALLOWED.text());
        assertThat(engine.modelCalls()).isZero();
    }

    @Test
    void slash_command_status_answers_with_the_status_text_only_to_the_user() {
        SlackRequests.Reply ack = requests.post(SlackRequests.slashCommand("/ide", "status", OWNER, DM,
                slack.responseUrl("c1"), "trigger-1"));

        assertThat(ack.status()).isEqualTo(200);
        Await.until("the status", () -> slack.calls("respond").size() == 1);
        FakeSlackApi.Call status = slack.calls("respond").get(0);
        assertThat(status.text()).startsWith(Msg.STATUS_TITLE.text()).contains("EXAONE", "Gemma4");
        assertThat(status.json().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(engine.modelCalls()).isZero();
    }

    @Test
    void an_unknown_slash_subcommand_is_answered_with_the_usage() {
        SlackRequests.Reply ack = requests.post(SlackRequests.slashCommand("/ide", "dance", OWNER, DM,
                slack.responseUrl("c2"), "trigger-2"));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).contains("/ide status", "/ide reset", "/ide cancel", "/ide help");
        assertThat(engine.jobs().unfinished()).isEmpty();
    }

    @Test
    void the_confirm_button_creates_exactly_one_event_and_a_second_press_is_stale() {
        engine.classifier().replying("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_draft\","
                + "\"params\":{\"title\":\"팀 회의\",\"date\":\"2026-12-03\",\"time\":\"15:00\"}}");
        requests.post(SlackRequests.directMessage("Ev11", OWNER, DM, "12월 3일 3시 팀 회의 잡아줘"));
        Await.until("the draft", () -> slack.posts().size() == 1);
        FakeSlackApi.Call draft = slack.posts().get(0);
        JsonNode buttons = draft.blocks().get(1).path("elements");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).path("text").path("text").asText()).isEqualTo("확인");
        assertThat(buttons.get(1).path("text").path("text").asText()).isEqualTo("취소");
        String confirm = buttons.get(0).path("value").asText();

        SlackRequests.Reply press = requests.post(SlackRequests.buttonPress(OWNER, DM, draft.postedTs(),
                buttons.get(0).path("action_id").asText(), confirm, "trigger-a"));
        assertThat(press.status()).isEqualTo(200);
        Await.until("the draft message updated", () -> slack.calls("chat.update").size() == 1);
        requests.post(SlackRequests.buttonPress(OWNER, DM, draft.postedTs(),
                buttons.get(0).path("action_id").asText(), confirm, "trigger-b"));
        Await.until("the stale notice", () -> slack.posts().size() == 2);

        FakeSlackApi.Call update = slack.calls("chat.update").get(0);
        assertThat(update.ts()).isEqualTo(draft.postedTs());
        assertThat(update.text()).contains("팀 회의");
        assertThat(update.fields().get("blocks")).isEqualTo("[]");
        assertThat(slack.posts().get(1).text()).isEqualTo(Msg.DRAFT_STALE_BUTTON.text());
        assertThat(engine.calendar().events()).hasSize(1);
    }

    @Test
    void a_streamed_answer_is_updated_at_most_once_a_second() {
        engine.classifier().replying("{\"action\":\"route\",\"prompt\":\"서울의 봄\"}");
        String answer = "서울의 봄은 3월 말부터 벚꽃이 피기 시작해요. 여의도와 석촌호수가 특히 유명하고, "
                + "4월 초가 절정이에요. 일교차가 크니 겉옷을 챙기세요.";
        engine.reasoner().replying(answer).tokenDelay(Duration.ofMillis(150)); // about 3.5 s in all

        requests.post(SlackRequests.directMessage("Ev12", OWNER, DM, "서울 봄 날씨 알려줘"));

        Await.until("the whole answer", Duration.ofSeconds(20), () -> slack.calls("chat.update").stream()
                .anyMatch(c -> c.text().equals(answer)));
        List<FakeSlackApi.Call> posts = slack.posts();
        assertThat(posts).hasSize(1);
        List<FakeSlackApi.Call> updates = slack.calls("chat.update");
        assertThat(updates).allMatch(u -> u.ts().equals(posts.get(0).postedTs()));
        assertThat(updates.size()).isBetween(3, 6);
        List<Long> gaps = new ArrayList<>();
        Instant previous = posts.get(0).at();
        // The final update may follow the last partial one at once; the partial ones keep the interval.
        for (FakeSlackApi.Call u : updates.subList(0, updates.size() - 1)) {
            gaps.add(Duration.between(previous, u.at()).toMillis());
            previous = u.at();
        }
        assertThat(gaps).allMatch(ms -> ms >= 900, "at least about a second apart");
    }

    @Test
    void a_channel_mention_or_link_from_the_model_does_not_reach_slack_as_markup() {
        classifierSays("<!channel> 모두 보세요 <https://evil.example|은행> & <@U0BOSS>");

        requests.post(SlackRequests.directMessage("Ev13", OWNER, DM, "공지 써줘"));

        Await.until("the answer", () -> slack.posts().size() == 1);
        String sent = slack.posts().get(0).text();
        assertThat(sent).doesNotContain("<!channel>", "<https://", "<@U0BOSS>")
                .isEqualTo("&lt;!channel&gt; 모두 보세요 &lt;https://evil.example|은행&gt; &amp; &lt;@U0BOSS&gt;");
    }

    @Test
    void a_429_waits_the_retry_after_and_retries() {
        classifierSays("안녕하세요");
        slack.failNext("chat.postMessage", FakeSlackApi.rateLimited(7));

        requests.post(SlackRequests.directMessage("Ev14", OWNER, DM, "안녕"));

        Await.until("the answer", () -> slack.posts().size() == 1);
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(texts(slack.posts())).containsExactly("안녕하세요");
    }

    @Test
    void server_errors_back_off_and_retry() {
        classifierSays("안녕하세요");
        slack.failNext("chat.postMessage", FakeSlackApi.serverError());
        slack.failNext("chat.postMessage", FakeSlackApi.serverError());

        requests.post(SlackRequests.directMessage("Ev15", OWNER, DM, "안녕"));

        Await.until("the answer", () -> slack.posts().size() == 1);
        assertThat(slack.calls("chat.postMessage")).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void a_reply_slack_keeps_refusing_is_given_up_and_the_bot_keeps_answering() {
        classifierSays("안녕하세요");
        for (int i = 0; i < Retrying.MAX_ATTEMPTS; i++) {
            slack.failNext("chat.postMessage", FakeSlackApi.serverError());
        }

        requests.post(SlackRequests.directMessage("Ev16", OWNER, DM, "안녕"));
        requests.post(SlackRequests.directMessage("Ev17", OWNER, DM, "다시 안녕"));

        Await.until("the second answer", () -> slack.posts().size() == 1);
        assertThat(slack.calls("chat.postMessage")).hasSize(Retrying.MAX_ATTEMPTS + 1);
        assertThat(waits).hasSize(Retrying.MAX_ATTEMPTS - 1);
    }

    @Test
    void the_calendar_answers_only_in_direct_messages_not_in_a_channel() {
        engine.classifier().replying("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"today\"}");

        requests.post(SlackRequests.mention("Ev18", OWNER, CHANNEL, "1700000600.000100",
                "<@" + FakeSlackApi.BOT_USER + "> 오늘 일정 알려줘"));

        Await.until("the answer", () -> slack.posts().size() == 1);
        assertThat(slack.posts().get(0).text()).isEqualTo(Msg.GROUP_PRIVATE_TOOL.text());
        assertThat(slack.posts().get(0).threadTs()).isEqualTo("1700000600.000100");
    }

    @Test
    void help_shows_the_commands_as_typed_on_slack() {
        requests.post(SlackRequests.slashCommand("/ide", "help", OWNER, DM, slack.responseUrl("h1"), "trigger-h"));

        Await.until("the help", () -> slack.calls("respond").size() == 1);
        String help = slack.calls("respond").get(0).text();
        assertThat(help).isEqualTo(Msg.help(c -> "/ide " + c))
                .contains("/ide status", "/ide reset", "/ide cancel", "/ide help")
                .doesNotContain(", /status", ", /reset");
        assertThat(engine.modelCalls()).isZero();
    }

    @Test
    void an_event_core_could_not_take_is_left_for_slack_to_retry_and_the_retry_is_answered() {
        classifierSays("다시 받았어요.");
        inboxFailures.set(1);
        String body = SlackRequests.directMessage("Ev20", OWNER, DM, "안녕");

        SlackRequests.Reply first = requests.post(body);
        SlackRequests.Reply retry = requests.post(body, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_error"));

        assertThat(first.status()).as("not acknowledged: Slack delivers it again").isEqualTo(500);
        assertThat(retry.status()).isEqualTo(200);
        Await.until("the answer", () -> slack.posts().size() == 1);
        assertThat(texts(slack.posts())).containsExactly("다시 받았어요.");
    }

    @Test
    void on_slacks_last_retry_an_event_core_cannot_take_is_acknowledged_and_the_user_asked_to_send_it_again() {
        inboxFailures.set(1);

        SlackRequests.Reply last = requests.post(SlackRequests.directMessage("Ev21", OWNER, DM, "안녕"),
                Map.of("X-Slack-Retry-Num", String.valueOf(SlackListeners.LAST_RETRY), "X-Slack-Retry-Reason",
                        "http_error"));

        assertThat(last.status()).isEqualTo(200);
        Await.until("the polite notice", () -> slack.posts().size() == 1);
        assertThat(slack.posts().get(0).channel()).isEqualTo(DM);
        assertThat(slack.posts().get(0).text()).isEqualTo(Msg.MESSAGE_NOT_TAKEN.text());
        assertThat(engine.modelCalls()).isZero();
    }

    @Test
    void a_slash_command_core_could_not_take_is_answered_at_once_with_the_acknowledgement() {
        inboxFailures.set(1);

        SlackRequests.Reply ack = requests.post(SlackRequests.slashCommand("/ide", "status", OWNER, DM,
                slack.responseUrl("c9"), "trigger-9"));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).contains(Msg.MESSAGE_NOT_TAKEN.text());
        // The bot goes on: the next command is answered as usual.
        requests.post(SlackRequests.slashCommand("/ide", "status", OWNER, DM, slack.responseUrl("c10"),
                "trigger-10"));
        Await.until("the status", () -> slack.calls("respond").size() == 1);
        assertThat(slack.calls("respond").get(0).text()).startsWith(Msg.STATUS_TITLE.text());
    }
}
