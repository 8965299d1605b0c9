package dev.ide.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The bot's logging, set up in code (found by logback as a service): logs go to standard error, because standard
 * output carries only replies, status text and JSON. Code rather than a {@code logback.xml} because parsing XML cost
 * about a tenth of every start. {@code IDE_LOG_LEVEL} (system property or environment) sets the root level.
 *
 * <p>A {@code logback-test.xml} on the class path (the test suites' own) or {@code -Dlogback.configurationFile}
 * takes precedence: then this steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    /** Libraries that are chatty at INFO; their warnings and errors still show. */
    private static final Map<String, Level> QUIET = Map.of(
            "org.quartz", Level.WARN,
            "org.flywaydb", Level.WARN,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR,
            "com.slack.api", Level.WARN,
            "org.telegram", Level.WARN,
            "org.telegram.telegrambots.longpolling.BotSession", Level.OFF,
            "net.fortuna", Level.WARN,
            "okhttp3", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ClassLoader loader = LogSetup.class.getClassLoader();
        if (System.getProperty("logback.configurationFile") != null
                || loader.getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Replaces whatever configuration the context has with the bot's. */
    public static void apply(LoggerContext context) {
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel());
        root.addAppender(stderr);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    static Level rootLevel() {
        String value = System.getProperty("IDE_LOG_LEVEL", System.getenv("IDE_LOG_LEVEL"));
        return Level.toLevel(value, Level.INFO);
    }
}
