package io.frontline.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log record of this JVM while it is open — whatever logging API wrote it (Quarkus routes them all through
 * the JDK's root logger) — as text: logger, message, its parameters and the messages of any exception and its
 * causes. For tests that search the logs for what must never be in them (a caller's number, a mobile number).
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    /** Starts capturing at every level; {@link #close()} stops. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(String.valueOf(record.getLoggerName())).append(' ')
                .append(record.getLevel()).append(' ').append(record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                line.append(' ').append(parameter);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            line.append(" | ").append(t);
        }
        synchronized (lines) {
            lines.add(line.toString());
        }
    }

    /** What was logged so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
