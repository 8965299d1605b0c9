package dev.ide.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ide.core.registry.StatusJson;
import dev.ide.core.registry.StatusReport;
import dev.ide.core.registry.StatusText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ide-bot status [--json]}: one health round, then the /status text or the registry's records. This process
 * never serves the chats, so its own queue and uptime would be false news about a running bot: it reports the
 * accepted, not yet answered messages of the shared job table instead, and no uptime.
 */
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
            StatusReport report = StatusReport.collect(wiring.engine().registry(), true,
                    new StatusReport.Outside(wiring.jobStore().unfinished().size()));
            main.out.println(json ? new StatusJson(new ObjectMapper()).render(report) : StatusText.render(report));
        }
        return Main.OK;
    }
}
