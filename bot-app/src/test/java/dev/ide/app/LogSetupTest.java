package dev.ide.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogSetupTest {

    @AfterEach
    void clear() {
        System.clearProperty("IDE_LOG_LEVEL");
    }

    @Test
    void logs_go_to_standard_error_at_info_with_chatty_libraries_quieter() {
        LoggerContext context = new LoggerContext();
        LogSetup.apply(context);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        List<Appender<?>> appenders = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appenders::add);
        assertThat(appenders).singleElement().isInstanceOfSatisfying(ConsoleAppender.class,
                a -> assertThat(a.getTarget()).isEqualTo("System.err"));
        assertThat(context.getLogger("org.quartz").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("okhttp3.internal").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.ide.core").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void the_root_level_comes_from_IDE_LOG_LEVEL_and_a_second_apply_does_not_add_a_second_appender() {
        System.setProperty("IDE_LOG_LEVEL", "debug");
        LoggerContext context = new LoggerContext();
        LogSetup.apply(context);
        LogSetup.apply(context);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
        List<Appender<?>> appenders = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appenders::add);
        assertThat(appenders).hasSize(1);
    }

    @Test
    void an_unknown_level_falls_back_to_info() {
        System.setProperty("IDE_LOG_LEVEL", "loud");
        assertThat(LogSetup.rootLevel()).isEqualTo(Level.INFO);
    }
}
