package dev.ide.app;

import dev.ide.app.console.ConsoleChannel;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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

    /** Reads lines until end of input; each line is one message, answered before the next is read. */
    static void chat(Wiring wiring, Main main) throws Exception {
        ConsoleChannel channel = new ConsoleChannel(main.out);
        wiring.engine().pipeline().recover(m -> m.platform() == Platform.CONSOLE
                ? Optional.of(channel) : Optional.empty());
        main.err.println("이드 콘솔이에요. 메시지를 입력하세요 (끝내려면 Ctrl-D).");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            IncomingMessage message = IncomingMessage.text(Platform.CONSOLE, CHAT, OWNER, "owner", line, null,
                    main.clock.instant(), ChatKind.PRIVATE);
            wiring.engine().pipeline().accept(message, channel).done().get();
            channel.endLine();
        }
    }
}
