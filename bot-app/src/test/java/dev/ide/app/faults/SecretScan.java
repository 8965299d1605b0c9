package dev.ide.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Reads every log line written while a test of the fault suite runs, at DEBUG and above, with stack traces, and fails
 * the test when one holds a configured secret. The console keeps showing WARN and above only, so test output stays
 * readable while the scan sees everything.
 */
final class SecretScan implements BeforeEachCallback, AfterEachCallback {

    private static final String TEST_SERVERS = "com.icegreen.greenmail";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SecretScan.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Scanner scanner = new Scanner(root.getLevel());
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> existing = it.next();
            ThresholdFilter quiet = new ThresholdFilter();
            quiet.setLevel(Level.WARN.levelStr);
            quiet.start();
            existing.addFilter(quiet);
            scanner.quieted.add(existing);
        }
        scanner.setContext(root.getLoggerContext());
        scanner.start();
        root.addAppender(scanner);
        root.setLevel(Level.DEBUG);
        context.getStore(NS).put(Scanner.class, scanner);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Scanner scanner = context.getStore(NS).remove(Scanner.class, Scanner.class);
        if (scanner == null) {
            return;
        }
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(scanner);
        root.setLevel(scanner.previousLevel);
        for (Appender<ILoggingEvent> quieted : scanner.quieted) {
            quieted.clearAllFilters();
        }
        scanner.stop();
        assertThat(scanner.leaks()).as("log lines holding a configured secret").isEmpty();
    }

    /** Checks each event as it comes; keeps only where a secret was found, so memory stays small. */
    private static final class Scanner extends AppenderBase<ILoggingEvent> {

        private final Level previousLevel;
        private final List<Appender<ILoggingEvent>> quieted = new ArrayList<>();
        private final List<String> leaks = new ArrayList<>();

        Scanner(Level previousLevel) {
            this.previousLevel = previousLevel;
            setName("secret-scan");
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLoggerName().startsWith(TEST_SERVERS)) {
                // GreenMail, the test's own IMAP server, logs the LOGIN line it receives; it is not the bot.
                return;
            }
            String text = event.getFormattedMessage();
            if (event.getThrowableProxy() != null) {
                text = text + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
            }
            List<String> found = Secrets.foundIn(text);
            if (!found.isEmpty()) {
                synchronized (leaks) {
                    leaks.add(event.getLevel() + " " + event.getLoggerName() + " leaks " + found);
                }
            }
        }

        List<String> leaks() {
            synchronized (leaks) {
                return List.copyOf(leaks);
            }
        }
    }
}
