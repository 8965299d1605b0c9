package dev.ide.app;

import dev.ide.app.console.ConsoleChannel;
import dev.ide.core.message.ChatKind;
import dev.ide.core.message.IncomingMessage;
import dev.ide.core.message.Platform;
import dev.ide.core.pipeline.InputText;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ide-bot ask [--chat ID] TEXT…}: one message through the whole pipeline as the local owner. */
@Command(name = "ask", description = "Send one message as the local owner and print the reply.")
final class AskCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--chat", paramLabel = "ID", description = "conversation id (default: console)")
    String chat = "console";

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "the message")
    List<String> words = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // usage errors (exit 2 with the usage), found before anything is opened
        String text = String.join(" ", words);
        if (InputText.clean(text, text.length() + 1).isBlank()) {
            throw new ParameterException(spec.commandLine(), "Missing the message: TEXT must not be empty");
        }
        if (chat.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--chat must not be empty");
        }
        try (Wiring wiring = new Wiring(main.settings(), main.clock)) {
            syncDocuments(wiring);
            ConsoleChannel channel = new ConsoleChannel(main.out);
            IncomingMessage message = IncomingMessage.text(Platform.CONSOLE, chat, ConsoleCommand.OWNER, "owner",
                    text, null, main.clock.instant(), ChatKind.PRIVATE);
            long limit = wiring.settings().exaone().timeout().plus(wiring.settings().reasoning().timeout())
                    .plusSeconds(30).toSeconds();
            wiring.engine().pipeline().accept(message, channel).done().get(limit, TimeUnit.SECONDS);
            channel.endLine();
        }
        return Main.OK;
    }

    /** Without a running bot beside it, ask brings the document index up to date itself (cheap when unchanged). */
    private static void syncDocuments(Wiring wiring) {
        if (wiring.documents() != null && !wiring.documents().readOnly()) {
            try {
                wiring.documents().sync();
            } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                // The question is answered anyway: a document search then sees the index as it was.
                org.slf4j.LoggerFactory.getLogger(AskCommand.class).warn("document sync failed: {}",
                        e.getClass().getSimpleName());
            }
        }
    }
}
