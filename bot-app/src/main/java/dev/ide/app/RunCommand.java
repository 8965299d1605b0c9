package dev.ide.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ide-bot run}: every configured adapter; with none configured, the console. */
@Command(name = "run", description = "Start the bot: Telegram and Slack when configured, else the console.")
final class RunCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        try (Wiring wiring = new Wiring(main.settings(), main.clock)) {
            Background background = Background.start(wiring, true);
            try (Adapters adapters = Adapters.start(wiring)) {
                if (adapters.isEmpty()) {
                    log.info("no Telegram or Slack settings: starting the console");
                    ConsoleCommand.chat(wiring, main);
                    return Main.OK;
                }
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "ide-shutdown"));
                log.info("이드 is running ({}); stop with Ctrl-C", adapters.describe());
                stop.await();
            } finally {
                background.close();
            }
        }
        return Main.OK;
    }
}
