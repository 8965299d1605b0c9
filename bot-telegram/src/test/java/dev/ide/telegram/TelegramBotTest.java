package dev.ide.telegram;

import dev.ide.core.testing.Await;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ide.core.message.Platform;
import dev.ide.core.pipeline.Acceptance;
import dev.ide.core.pipeline.Allowlist;
import dev.ide.core.testing.TestEngine;
import dev.ide.core.text.Msg;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter end to end: the real telegrambots client polls a loopback fake Bot API, the real adapter hands
 * updates to a real pipeline (TestEngine, with fake model servers), and the assertions read what the fake Bot API
 * received — what the user would see in Telegram.
 */
class TelegramBotTest {

    private static final String TOKEN = "123456:TEST-token_abc";
    private static final long OWNER = 42;
    private static final long STRANGER = 7;
    private static final long GROUP = -100123;
    private static final TelegramSettings.Timing FAST = new TelegramSettings.Timing(Duration.ofSeconds(1),
            Duration.ofSeconds(10), Duration.ofMillis(50), 4, Duration.ofSeconds(60), 30, 10);

    private TestEngine engine;
    private FakeBotApi api;
    private final List<TelegramBot> bots = new ArrayList<>();

    @BeforeEach
    void setUp() {
        engine = TestEngine.allowing(Platform.TELEGRAM, String.valueOf(OWNER));
        api = new FakeBotApi(TOKEN).start();
    }

    @AfterEach
    void tearDown() {
        bots.forEach(TelegramBot::close);
        api.close();
        engine.close();
    }

    private TelegramBot start(TelegramSettings settings) {
        return start(settings, engine.pipeline()::accept);
    }

    private TelegramBot start(TelegramSettings settings, Inbox inbox) {
        TelegramBot bot = new TelegramBot(settings, inbox,
                new Allowlist(Map.of(Platform.TELEGRAM, Set.of(String.valueOf(OWNER)))), Clock.systemUTC());
        bots.add(bot);
        bot.start();
        return bot;
    }

    private TelegramBot startPolling() {
        return start(TelegramSettings.polling(TOKEN, api.uri()).withTiming(FAST));
    }

    private void awaitSent(String what, int count) {
        Await.until(what, () -> api.sentTexts().size() >= count);
    }

    @Test
    void a_private_message_is_answered_in_plain_text_while_typing_shows() {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"안녕하세요! 무엇을 도와드릴까요?\"}");
        startPolling();

        api.deliver(Updates.privateText(1, OWNER, "안녕"));

        awaitSent("the answer", 1);
        assertThat(api.sentTexts()).containsExactly("안녕하세요! 무엇을 도와드릴까요?");
        FakeBotApi.Call sent = api.calls("sendmessage").get(0);
        assertThat(sent.chatId()).isEqualTo("42");
        assertThat(sent.body().has("parse_mode")).as("plain text, never parsed").isFalse();
        assertThat(api.calls("sendchataction")).first()
                .satisfies(c -> assertThat(c.body().path("action").asText()).isEqualTo("typing"));
    }

    @Test
    void start_learns_the_bot_and_registers_the_five_commands() {
        TelegramBot bot = startPolling();

        assertThat(bot.username()).contains(FakeBotApi.BOT_USERNAME);
        Await.until("the command menu", () -> !api.calls("setmycommands").isEmpty());
        assertThat(api.calls("setmycommands")).hasSize(1);
        List<String> commands = new ArrayList<>();
        api.calls("setmycommands").get(0).body().path("commands")
                .forEach(c -> commands.add(c.path("command").asText()));
        assertThat(commands).containsExactly("start", "help", "status", "reset", "cancel");
    }

    @Test
    void an_unknown_user_is_refused_once_without_a_model_call() {
        startPolling();

        api.deliver(Updates.privateText(1, STRANGER, "안녕"));

        awaitSent("the refusal", 1);
        assertThat(api.sentTexts()).containsExactly(Msg.NOT_ALLOWED.text());
        assertThat(api.calls("sendmessage").get(0).chatId()).isEqualTo(String.valueOf(STRANGER));
        assertThat(engine.modelCalls()).isZero();
    }

    @Test
    void a_group_message_is_ignored_unless_the_bot_is_mentioned_or_replied_to() {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"네, 여기 있어요.\"}");
        startPolling();

        api.deliver(Updates.groupText(1, GROUP, OWNER, "오늘 저녁 뭐 먹지"));
        api.deliver(Updates.groupText(2, GROUP, OWNER, "@ide_bot 오늘 저녁 뭐 먹지"));
        awaitSent("the answer to the mention", 1);
        api.deliver(Updates.groupReplyToBot(3, GROUP, OWNER, "고마워", 555));
        awaitSent("the answer to the reply", 2);

        assertThat(api.sentTexts()).containsExactly("네, 여기 있어요.", "네, 여기 있어요.");
        assertThat(api.calls("sendmessage")).allSatisfy(c -> assertThat(c.chatId()).isEqualTo("-100123"));
        assertThat(engine.classifier().completions()).hasSize(2);
        assertThat(engine.classifier().completions().get(0).lastUserMessage())
                .contains("오늘 저녁 뭐 먹지").doesNotContain("@ide_bot");
    }

    @Test
    void status_command_is_answered_without_a_model_call() {
        startPolling();

        api.deliver(Updates.privateText(1, OWNER, "/status"));

        awaitSent("the status", 1);
        assertThat(api.sentTexts().get(0)).startsWith(Msg.STATUS_TITLE.text());
        assertThat(engine.modelCalls()).isZero();
    }

    @Test
    void a_group_command_for_another_bot_is_ignored() {
        startPolling();

        api.deliver(Updates.groupText(1, GROUP, OWNER, "/status@other_bot"));
        api.deliver(Updates.groupText(2, GROUP, OWNER, "/help@ide_bot"));

        awaitSent("the help", 1);
        assertThat(api.sentTexts()).containsExactly(Msg.help(c -> "/" + c));
        assertThat(api.sentTexts().get(0)).contains("/status", "/reset", "/cancel");
    }

    @Test
    void a_photo_gets_the_text_only_notice_and_no_model_call() {
        startPolling();

        api.deliver(Updates.privatePhoto(1, OWNER));

        awaitSent("the notice", 1);
        assertThat(api.sentTexts()).containsExactly(Msg.TEXT_ONLY.text());
        assertThat(engine.modelCalls()).isZero();
    }

    @Test
    void a_streamed_answer_is_edited_at_most_once_a_second_and_complete_at_the_end() {
        String answer = "서울의 봄 날씨는 대체로 맑고 건조해요. ".repeat(20).strip();
        engine.classifier().replying("{\"action\":\"route\",\"prompt\":\"서울 봄 날씨\"}");
        engine.reasoner().replying(answer).tokenDelay(Duration.ofMillis(25));
        startPolling();

        api.deliver(Updates.privateText(1, OWNER, "서울 봄 날씨 알려줘"));

        Await.until("the whole answer", Duration.ofSeconds(20), () -> api.calls("editmessagetext").stream()
                .anyMatch(c -> c.text().equals(answer)));
        List<FakeBotApi.Call> edits = api.calls("editmessagetext");
        assertThat(api.calls("sendmessage")).hasSize(1);
        assertThat(edits.size()).as("intermediate edits while streaming").isGreaterThanOrEqualTo(2);
        String previous = api.sentTexts().get(0);
        for (int i = 0; i < edits.size(); i++) {
            assertThat(edits.get(i).text()).as("never the same text again").isNotEqualTo(previous);
            previous = edits.get(i).text();
            if (i > 0 && i < edits.size() - 1) {
                assertThat(Duration.between(edits.get(i - 1).at(), edits.get(i).at()))
                        .as("streaming edits at most about once a second (as the fake received them)")
                        .isGreaterThanOrEqualTo(Duration.ofMillis(800));
            }
        }
        assertThat(edits.get(edits.size() - 1).text()).isEqualTo(answer);
    }

    @Test
    void a_9000_character_answer_arrives_as_three_messages_none_over_4096() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 9000; i++) {
            text.append("문단 ").append(i).append(": ").append("가나다라마바사 ".repeat(10)).append("\n\n");
        }
        String answer = text.toString().strip();
        engine.classifier().replying("{\"action\":\"route\",\"prompt\":\"긴 글\"}");
        engine.reasoner().replying(answer);
        startPolling();

        api.deliver(Updates.privateText(1, OWNER, "긴 글 써줘"));

        Await.until("three messages with the whole answer", Duration.ofSeconds(20),
                () -> String.join("", visibleParts()).replaceAll("\\s", "")
                        .equals(answer.replaceAll("\\s", "")));
        assertThat(visibleParts()).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
    }

    /** What each sent message finally shows, after its last edit. */
    private List<String> visibleParts() {
        List<String> parts = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (FakeBotApi.Call c : api.calls()) {
            if (c.method().equals("sendmessage")) {
                parts.add(c.text());
                ids.add(ids.size() + 101); // the fake numbers messages from 101
            } else if (c.method().equals("editmessagetext")) {
                int at = ids.indexOf(c.body().path("message_id").asInt());
                if (at >= 0) {
                    parts.set(at, c.text());
                }
            }
        }
        return parts;
    }

    @Test
    void the_confirm_button_creates_exactly_one_event_and_a_second_press_changes_nothing() {
        engine.classifier().replying("{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_draft\","
                + "\"params\":{\"title\":\"치과\",\"date\":\"2030-05-02\",\"time\":\"15:00\"}}");
        startPolling();
        api.deliver(Updates.privateText(1, OWNER, "5월 2일 3시 치과 일정 잡아줘"));
        awaitSent("the draft", 1);
        FakeBotApi.Call draft = api.calls("sendmessage").get(0);
        var keyboard = draft.body().path("reply_markup").path("inline_keyboard").path(0);
        assertThat(keyboard.path(0).path("text").asText()).isEqualTo(Msg.BUTTON_CONFIRM.text());
        assertThat(keyboard.path(1).path("text").asText()).isEqualTo(Msg.BUTTON_CANCEL.text());
        String confirm = keyboard.path(0).path("callback_data").asText();

        api.deliver(Updates.buttonPress(2, "cb-1", OWNER, OWNER, 101, confirm));
        Await.until("the draft message edited", () -> !api.calls("editmessagetext").isEmpty());
        Await.until("the callback answered", () -> api.calls("answercallbackquery").size() == 1);
        assertThat(api.calls("editmessagetext").get(0).body().path("message_id").asInt()).isEqualTo(101);
        assertThat(engine.calendar().events()).extracting(e -> e.title()).containsExactly("치과");

        api.deliver(Updates.buttonPress(3, "cb-2", OWNER, OWNER, 101, confirm));
        awaitSent("the stale-button notice", 2);
        Await.until("the second callback answered", () -> api.calls("answercallbackquery").size() == 2);
        assertThat(api.sentTexts().get(1)).isEqualTo(Msg.DRAFT_STALE_BUTTON.text());
        assertThat(api.calls("editmessagetext")).hasSize(1);
        assertThat(engine.calendar().events()).hasSize(1);
        assertThat(api.calls("answercallbackquery")).extracting(c -> c.body().path("callback_query_id").asText())
                .containsExactly("cb-1", "cb-2");
    }

    @Test
    void a_429_on_send_message_is_retried_after_retry_after() {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"잠시만요, 여기 있어요.\"}");
        api.failNextWith429("sendmessage", 1);
        startPolling();

        api.deliver(Updates.privateText(1, OWNER, "안녕"));

        Await.until("the retried answer", () -> api.calls("sendmessage").size() == 2);
        List<FakeBotApi.Call> sends = api.calls("sendmessage");
        assertThat(sends).extracting(FakeBotApi.Call::text).containsOnly("잠시만요, 여기 있어요.");
        assertThat(Duration.between(sends.get(0).at(), sends.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void a_5xx_on_send_message_is_retried() {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"다시 보냈어요.\"}");
        api.failNext("sendmessage", 502, "<html>Bad Gateway</html>");
        startPolling();

        api.deliver(Updates.privateText(1, OWNER, "안녕"));

        Await.until("the retried answer", () -> api.calls("sendmessage").size() == 2);
        assertThat(api.sentTexts()).containsOnly("다시 보냈어요.");
    }

    @Test
    void a_429_on_an_edit_stops_streaming_edits_and_the_final_answer_still_arrives() {
        String answer = "부산 여행 코스를 추천해 드릴게요. 해운대와 광안리를 걸어 보세요. ".repeat(12).strip();
        engine.classifier().replying("{\"action\":\"route\",\"prompt\":\"부산 여행\"}");
        engine.reasoner().replying(answer).tokenDelay(Duration.ofMillis(25));
        api.failNextWith429("editmessagetext", 30);
        startPolling();

        api.deliver(Updates.privateText(1, OWNER, "부산 여행 코스"));

        Await.until("the whole answer", Duration.ofSeconds(20),
                () -> api.sentTexts().stream().anyMatch(answer::equals));
        assertThat(api.calls("editmessagetext")).as("only the edit that got the 429").hasSize(1);
        assertThat(api.sentTexts()).hasSize(2).last().isEqualTo(answer);
    }

    @Test
    void the_same_update_delivered_twice_is_answered_once_also_across_a_restart() {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"한 번만 답해요.\"}");
        TelegramBot first = startPolling();
        api.deliver(Updates.privateText(7, OWNER, "안녕"));
        awaitSent("the answer", 1);
        api.deliver(Updates.privateText(7, OWNER, "안녕"));

        first.close();
        startPolling();
        api.deliver(Updates.privateText(7, OWNER, "안녕"));
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"다음 메시지예요.\"}");
        api.deliver(Updates.privateText(8, OWNER, "다음"));

        awaitSent("the answer to the next update", 2);
        assertThat(api.sentTexts()).containsExactly("한 번만 답해요.", "다음 메시지예요.");
    }

    @Test
    void a_409_conflict_is_logged_once_with_what_to_do_and_polling_goes_on() {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"다시 연결됐어요.\"}");
        for (int i = 0; i < 3; i++) {
            api.failNext("getupdates", 409, "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: "
                    + "terminated by other getUpdates request; make sure that only one bot instance is running\"}");
        }
        try (LogCapture logs = LogCapture.of(Poller.class)) {
            startPolling();
            api.deliver(Updates.privateText(1, OWNER, "안녕"));

            awaitSent("the answer after the conflict ended", 1);
            assertThat(logs.messages()).filteredOn(m -> m.contains("409 Conflict")).hasSize(1)
                    .first().asString().contains("another process is polling this bot token");
        }
    }

    @Test
    void the_watchdog_restarts_polling_when_a_long_poll_hangs() {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"살아 있어요.\"}");
        api.stallNextGetUpdates(Duration.ofSeconds(60));
        start(TelegramSettings.polling(TOKEN, api.uri()).withTiming(new TelegramSettings.Timing(Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofMillis(50), 4, Duration.ofSeconds(60), 30, 10)));

        api.deliver(Updates.privateText(1, OWNER, "살아 있니?"));

        Await.until("the answer long before the hung poll would end", Duration.ofSeconds(15),
                () -> api.sentTexts().contains("살아 있어요."));
    }

    @Test
    void a_webhook_request_with_a_wrong_or_missing_secret_is_refused_and_never_processed() throws Exception {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"웹훅으로 답해요.\"}");
        TelegramBot bot = start(TelegramSettings.polling(TOKEN, api.uri()).withTiming(FAST).withWebhook(
                new TelegramSettings.Webhook(URI.create("https://bot.example.org/telegram/hook"), "s3cret-Value_1",
                        "127.0.0.1", 0)));
        assertThat(api.calls("setwebhook")).hasSize(1);
        assertThat(api.calls("setwebhook").get(0).raw()).contains("s3cret-Value_1").contains("bot.example.org");
        URI hook = URI.create("http://127.0.0.1:" + bot.webhookPort().orElseThrow() + "/telegram/hook");
        HttpClient http = HttpClient.newHttpClient();
        String update = Updates.privateText(1, OWNER, "안녕").toString();

        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(hook).header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", "guess").POST(HttpRequest.BodyPublishers.ofString(update))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(hook)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(engine.jobs().unfinished()).isEmpty();
        assertThat(engine.modelCalls()).isZero();

        HttpResponse<String> right = http.send(HttpRequest.newBuilder(hook).header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", "s3cret-Value_1")
                .POST(HttpRequest.BodyPublishers.ofString(Updates.privateText(2, OWNER, "안녕").toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(right.statusCode()).isEqualTo(200);
        awaitSent("the answer", 1);
        assertThat(api.sentTexts()).containsExactly("웹훅으로 답해요.");
        assertThat(engine.classifier().completions()).hasSize(1);
    }

    /** An inbox whose database is down for the next {@code failures} messages: accept throws, nothing is stored. */
    private Inbox failing(AtomicInteger failures) {
        return (message, channel) -> {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("database is down");
            }
            return engine.pipeline().accept(message, channel);
        };
    }

    @Test
    void an_update_core_could_not_take_is_not_confirmed_and_is_answered_when_telegram_delivers_it_again() {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"이제 받았어요.\"}");
        AtomicInteger failures = new AtomicInteger(2);
        start(TelegramSettings.polling(TOKEN, api.uri()).withTiming(FAST), failing(failures));

        api.deliver(Updates.privateText(1, OWNER, "안녕"));

        awaitSent("the answer", 1);
        assertThat(failures.get()).as("both failed attempts happened").isZero();
        assertThat(api.sentTexts()).containsExactly("이제 받았어요.");
        assertThat(api.offsets()).as("after the failures the update was asked for again, then confirmed")
                .containsSubsequence(1L, 1L, 1L, 2L);
        assertThat(engine.classifier().completions()).hasSize(1);
    }

    @Test
    void an_update_core_never_takes_is_given_up_politely_and_the_updates_after_it_are_answered_in_order() {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"두 번째 메시지 받았어요.\"}");
        AtomicInteger failures = new AtomicInteger(UpdateHandler.ATTEMPTS);
        start(TelegramSettings.polling(TOKEN, api.uri()).withTiming(FAST), failing(failures));

        api.deliver(Updates.privateText(1, OWNER, "첫 번째"));
        api.deliver(Updates.privateText(2, OWNER, "두 번째"));

        Await.until("the polite notice and the answer", Duration.ofSeconds(15), () -> api.sentTexts().size() >= 2);
        assertThat(api.sentTexts()).containsExactly(Msg.MESSAGE_NOT_TAKEN.text(), "두 번째 메시지 받았어요.");
        assertThat(engine.classifier().completions()).hasSize(1);
        assertThat(engine.classifier().completions().get(0).lastUserMessage()).contains("두 번째");
    }

    @Test
    void a_webhook_update_core_could_not_take_is_answered_500_so_telegram_delivers_it_again() throws Exception {
        engine.classifier().replying("{\"action\":\"direct\",\"response\":\"웹훅도 다시 받았어요.\"}");
        AtomicInteger failures = new AtomicInteger(1);
        TelegramBot bot = start(TelegramSettings.polling(TOKEN, api.uri()).withTiming(FAST).withWebhook(
                new TelegramSettings.Webhook(URI.create("https://bot.example.org/hook"), "s3cret", "127.0.0.1", 0)),
                failing(failures));
        URI hook = URI.create("http://127.0.0.1:" + bot.webhookPort().orElseThrow() + "/hook");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest update = HttpRequest.newBuilder(hook).header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
                .POST(HttpRequest.BodyPublishers.ofString(Updates.privateText(5, OWNER, "안녕").toString())).build();

        HttpResponse<String> first = http.send(update, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(api.sentTexts()).isEmpty();
        HttpResponse<String> again = http.send(update, HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(200);
        awaitSent("the answer", 1);
        assertThat(api.sentTexts()).containsExactly("웹훅도 다시 받았어요.");
    }

    @Test
    void typing_is_shown_again_while_a_slow_answer_is_awaited_and_stops_once_the_answer_is_sent() {
        engine.classifier().replying("{\"action\":\"route\",\"prompt\":\"느린 질문\"}");
        engine.reasoner().replying("천천히 생각해 봤어요.").completionDelay(Duration.ofMillis(2000));
        start(TelegramSettings.polling(TOKEN, api.uri())
                .withTiming(FAST.withTyping(Duration.ofMillis(300), Duration.ofMinutes(1))));

        api.deliver(Updates.privateText(1, OWNER, "어려운 질문"));

        Await.until("the answer", Duration.ofSeconds(15),
                () -> api.sentTexts().contains("천천히 생각해 봤어요.")
                        || api.calls("editmessagetext").stream().anyMatch(c -> c.text().contains("생각해 봤어요")));
        Instant firstMessage = api.calls("sendmessage").get(0).at();
        List<FakeBotApi.Call> typing = api.calls("sendchataction");
        assertThat(typing.stream().filter(c -> c.at().isBefore(firstMessage)).count())
                .as("typing renewed about every 300 ms during the 2 s wait").isGreaterThanOrEqualTo(4);
        assertThat(typing).allSatisfy(c -> assertThat(c.chatId()).isEqualTo("42"));
        int shown = typing.size();
        sleep(Duration.ofMillis(1000));
        assertThat(api.calls("sendchataction")).as("no typing once the answer is there").hasSize(shown);
        assertThat(typing.stream().filter(c -> c.at().isAfter(firstMessage.plusMillis(100))).count())
                .as("at most a tick that was already under way").isLessThanOrEqualTo(1);
    }

    @Test
    void typing_stops_when_the_job_ends_without_a_message() {
        AtomicReference<dev.ide.core.message.ReplyChannel> channel = new AtomicReference<>();
        AtomicReference<CompletableFuture<Void>> job = new AtomicReference<>();
        Inbox silentJob = (message, replies) -> {
            channel.set(replies);
            replies.typing(); // a job starts working, then ends (e.g. cancelled) without sending anything
            CompletableFuture<Void> done = new CompletableFuture<>();
            job.set(done);
            return new Acceptance(Acceptance.Status.ACCEPTED, done);
        };
        start(TelegramSettings.polling(TOKEN, api.uri())
                .withTiming(FAST.withTyping(Duration.ofMillis(200), Duration.ofMinutes(1))), silentJob);

        api.deliver(Updates.privateText(1, OWNER, "안녕"));
        Await.until("typing kept up", () -> api.calls("sendchataction").size() >= 3);
        job.get().complete(null);
        sleep(Duration.ofMillis(300));
        int shown = api.calls("sendchataction").size();
        sleep(Duration.ofMillis(800));

        assertThat(api.calls("sendchataction")).as("no typing after the job ended").hasSize(shown);
        assertThat(api.sentTexts()).isEmpty();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
