package com.statbatch.e2e.support;

import java.io.StringWriter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Every log line this JVM writes while open, stack traces included, as the console gets them. */
public final class LogCapture implements AutoCloseable {

    private static final String NAME = "captured-for-test";

    private final StringWriter lines = new StringWriter();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final WriterAppender appender;

    public LogCapture() {
        Configuration config = context.getConfiguration();
        appender =
                WriterAppender.newBuilder()
                        .setName(NAME)
                        .setTarget(lines)
                        .setLayout(
                                PatternLayout.newBuilder()
                                        .withConfiguration(config)
                                        .withPattern("%level %c - %msg%n%throwable")
                                        .build())
                        .build();
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, null, null);
        context.updateLoggers();
    }

    public String text() {
        return lines.toString();
    }

    @Override
    public void close() {
        context.getConfiguration().getRootLogger().removeAppender(NAME);
        context.updateLoggers();
        appender.stop();
    }
}
