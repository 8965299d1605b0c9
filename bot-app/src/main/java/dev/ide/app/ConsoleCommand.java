package dev.ide.app;

import dev.ide.app.console.ConsoleChannel;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.pipeline.InputText;
import dev.ide.core.pipeline.Pipeline;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ide-bot console}: an interactive chat on standard input and output. */
@Command(name = "console", description = "Chat with the bot on this terminal.")
final class ConsoleCommand implements Callable<Integer> {

    static final String OWNER = "owner";
    static final String CHAT = "console";

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        try (Wiring wiring = new Wiring(main.settings(), main.clock)) {
            Background background = Background.start(wiring, true);
            try {
                chat(wiring, main);
            } finally {
                background.close();
            }
        }
        return Main.OK;
    }

    /** How many plain messages may wait for their answers before the console stops reading ahead. */
    static final int MAX_AHEAD = 50;

    static void chat(Wiring wiring, Main main) throws Exception {
        chat(wiring, main, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    /**
     * Reads lines until end of input; each non-empty line is one message (empty lines are ignored). Plain messages are
     * answered in order in the conversation's lane while the next lines are read, so that {@code /cancel} or
     * {@code /status} typed during a long answer is answered at once; a command's reply is printed before the next
     * line is read. Each message has its own channel, so replies come out in whole lines. At the end of input, waits
     * for the answers still pending.
     */
    static void chat(Wiring wiring, Main main, BufferedReader in) throws Exception {
        Pipeline pipeline = wiring.engine().pipeline();
        ConsoleChannel resumedChannel = new ConsoleChannel(main.out);
        List<CompletableFuture<Void>> resumed = pipeline.resume(m -> m.platform() == Platform.CONSOLE
                ? Optional.of(resumedChannel) : Optional.empty());
        Deque<CompletableFuture<Void>> pending = new ArrayDeque<>();
        pending.add(CompletableFuture.allOf(resumed.toArray(CompletableFuture[]::new))
                .whenComplete((ignored, e) -> resumedChannel.endLine()));
        main.err.println("이드 콘솔이에요. 메시지를 입력하세요 (끝내려면 Ctrl-D).");
        String line;
        while ((line = in.readLine()) != null) {
            if (InputText.clean(line, line.length() + 1).isBlank()) {
                continue;
            }
            ConsoleChannel channel = new ConsoleChannel(main.out);
            IncomingMessage message = IncomingMessage.text(Platform.CONSOLE, CHAT, OWNER, "owner", line, null,
                    main.clock.instant(), ChatKind.PRIVATE);
            CompletableFuture<Void> done = pipeline.accept(message, channel).done()
                    .whenComplete((ignored, e) -> channel.endLine());
            if (dev.ide.core.pipeline.Command.parse(line).isPresent()) { // (picocli has a Command too)
                done.get();
                continue;
            }
            pending.add(done);
            pending.removeIf(CompletableFuture::isDone);
            if (pending.size() > MAX_AHEAD) {
                pending.remove().get();
            }
        }
        for (CompletableFuture<Void> answer : pending) {
            answer.get();
        }
    }
}
