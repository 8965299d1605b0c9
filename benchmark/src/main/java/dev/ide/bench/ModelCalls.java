package dev.ide.bench;

import dev.ide.core.drafts.Drafts;
import dev.ide.core.message.Button;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.message.PlatformLimits;
import dev.ide.core.pipeline.Acceptance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Model calls (chat completions, both models) caused by one message of each kind, counted at the fakes. */
final class ModelCalls {

    /** One path: what was sent, the calls it caused, and what the contract allows. */
    record Row(String path, long calls, String expected, boolean ok) {
    }

    private final BotUnderTest bot;
    private final AtomicLong ids = new AtomicLong(1_000_000);
    private final List<Row> rows = new ArrayList<>();
    private String chat = "calls-0";
    private int chats;

    ModelCalls(BotUnderTest bot) {
        this.bot = bot;
    }

    List<Row> measure() throws Exception {
        bot.reasoner.replying(a -> "짧은 답이에요.");
        String draft = "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"create_draft\",\"params\":"
                + "{\"title\":\"팀 회의\",\"date\":\"" + LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1)
                + "\",\"time\":\"15:00\"}}";
        for (String command : List.of("/start", "/help", "/reset", "/cancel")) {
            zero(command, text(command));
        }
        bot.classifier.statusApi(true);
        bot.reasoner.statusApi(true);
        zero("/status (backends with /status)", text("/status"));
        bot.classifier.statusApi(false);
        bot.reasoner.statusApi(false);
        long first = calls(text("/status"));
        long second = calls(text("/status"));
        rows.add(new Row("/status (no /status API), twice in a row", first + second,
                "≤ 1 probe per backend per 30 s (registry rule)", first <= 2 && second == 0));

        newChat();
        bot.classifier.replying(a -> draft);
        calls(text("내일 3시 팀 회의 잡아줘"));
        zero("draft confirm by word (확인)", text("확인"));
        calls(text("내일 3시 팀 회의 잡아줘"));
        zero("draft cancel by word (취소)", text("취소"));
        List<Button> buttons = draftButtons();
        zero("draft confirm by button", button(buttons.get(0)));
        buttons = draftButtons();
        zero("draft cancel by button", button(buttons.get(1)));
        zero("stale draft button", button(buttons.get(0)));

        IncomingMessage stranger = IncomingMessage.text(Platform.TELEGRAM, "666", "666", "stranger", "안녕",
                next(), Instant.now(), ChatKind.PRIVATE);
        zero("refusal (user not on the allowlist)", stranger);
        bot.classifier.replying(a -> "{\"action\":\"direct\",\"response\":\"안녕하세요!\"}");
        IncomingMessage once = text("안녕");
        calls(once);
        zero("duplicate (same platform message id again)", once);
        zero("empty message", text("   "));

        one("direct", "{\"action\":\"direct\",\"response\":\"안녕하세요!\"}", 1);
        one("clarify", "{\"action\":\"clarify\",\"response\":\"어떤 회의요?\"}", 1);
        one("tools (calendar today)", "{\"action\":\"tools\",\"tool\":\"calendar\",\"operation\":\"today\"}", 1);
        one("tools (refused: email send)", "{\"action\":\"tools\",\"tool\":\"email\",\"operation\":\"send\"}", 1);
        one("route", "{\"action\":\"route\",\"prompt\":\"설명해줘\"}", 2);
        return rows;
    }

    private void one(String label, String classifierReply, int expected) throws Exception {
        newChat();
        bot.classifier.replying(a -> classifierReply);
        long n = calls(text("질문이 있어요"));
        rows.add(new Row(label, n, Integer.toString(expected), n == expected));
    }

    private void zero(String label, IncomingMessage message) throws Exception {
        long n = calls(message);
        rows.add(new Row(label, n, "0", n == 0));
    }

    private List<Button> draftButtons() throws Exception {
        TimedChannel channel = new TimedChannel(PlatformLimits.TELEGRAM);
        send(text("내일 3시 팀 회의 잡아줘"), channel);
        List<Button> buttons = channel.buttons();
        if (buttons.size() < 2 || !buttons.get(0).callbackData().startsWith(Drafts.CONFIRM_PREFIX)) {
            throw new IllegalStateException("the draft preview had no confirm/cancel buttons");
        }
        return buttons;
    }

    private long calls(IncomingMessage message) throws Exception {
        long before = bot.modelCalls();
        send(message, new TimedChannel(PlatformLimits.TELEGRAM));
        return bot.modelCalls() - before;
    }

    private void send(IncomingMessage message, TimedChannel channel) throws Exception {
        Acceptance acceptance = bot.pipeline().accept(message, channel);
        acceptance.done().get(30, TimeUnit.SECONDS);
    }

    private void newChat() {
        chat = "calls-" + (++chats);
    }

    private String next() {
        return Long.toString(ids.getAndIncrement());
    }

    private IncomingMessage text(String text) {
        return IncomingMessage.text(Platform.TELEGRAM, chat, BotUnderTest.ALLOWED_TELEGRAM_USER, "bench", text,
                next(), Instant.now(), ChatKind.PRIVATE);
    }

    private IncomingMessage button(Button button) {
        return IncomingMessage.buttonPress(Platform.TELEGRAM, chat, BotUnderTest.ALLOWED_TELEGRAM_USER, "bench",
                button.callbackData(), next(), "1", Instant.now(), ChatKind.PRIVATE);
    }

}
