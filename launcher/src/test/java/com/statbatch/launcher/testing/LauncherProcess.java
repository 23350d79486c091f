package com.statbatch.launcher.testing;

import com.statbatch.launcher.LauncherHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A launcher in a JVM of its own, so that a test can kill it with SIGKILL at any point, as Lambda
 * does at a timeout or when memory runs out: no finally block, no rollback, the database connection
 * dropped by the kernel. The program answers one event, prints {@link #ANSWERED} and then waits to
 * be killed, standing for an answer lost on its way back.
 */
public final class LauncherProcess implements AutoCloseable {

    public static final String ANSWERED = "LAUNCHER ANSWERED";

    private final Process process;
    private final Path log;

    private LauncherProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static void main(String[] args) throws InterruptedException {
        LauncherHandler handler =
                new LauncherHandler(
                        System.getenv(), Clock.fixed(Instant.parse(args[1]), ZoneOffset.UTC));
        System.out.println(LauncherEvents.invoke(handler, args[0], new TestContext("doomed")));
        System.out.println(ANSWERED);
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(10).toMillis());
    }

    public static LauncherProcess start(
            Map<String, String> env, String event, Instant now, Path workDir) {
        try {
            Path log = Files.createTempFile(workDir, "launcher", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(
                                    List.of(
                                            Path.of(System.getProperty("java.home"), "bin", "java")
                                                    .toString(),
                                            // It answers one event: C1 compiles in time, and C2
                                            // and parallel GC threads would only slow its start.
                                            "-XX:TieredStopAtLevel=1",
                                            "-XX:+UseSerialGC",
                                            // The test JVM's stand-in credentials, as Lambda's role
                                            // gives them.
                                            "-Daws.accessKeyId="
                                                    + System.getProperty("aws.accessKeyId"),
                                            "-Daws.secretAccessKey="
                                                    + System.getProperty("aws.secretAccessKey"),
                                            "-cp",
                                            System.getProperty("java.class.path"),
                                            LauncherProcess.class.getName(),
                                            event,
                                            now.toString()))
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            return new LauncherProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the launcher has answered its event. */
    public void awaitAnswer(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(ANSWERED)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("The launcher did not answer; log:\n" + output());
            }
            Thread.sleep(100);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, and wait until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
