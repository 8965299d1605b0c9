package dev.ide.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ide.core.registry.StatusJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ide-bot status [--json]}: one health round, then the /status text or the registry's records. */
@Command(name = "status", description = "Check both models once and print the status.")
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--json", description = "print the registry's records as JSON")
    boolean json;

    @Override
    public Integer call() {
        try (Wiring wiring = new Wiring(main.settings(), main.clock)) {
            wiring.engine().registry().checkAll();
            if (json) {
                main.out.println(new StatusJson(new ObjectMapper()).render(wiring.engine().statusReport(true)));
            } else {
                main.out.println(wiring.engine().statusText(true));
            }
        }
        return Main.OK;
    }
}
