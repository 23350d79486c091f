package com.statbatch.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where things are in the repository the tests run from. */
public final class RepoPaths {

    private RepoPaths() {}

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "No repository root (a folder with .ci/) above "
                            + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The job's shaded jar, as the normal build leaves it in job/target. */
    public static Path jobJar() {
        Path target = root().resolve("job/target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(
                            p ->
                                    p.getFileName()
                                            .toString()
                                            .matches("stat-batch-job-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow(
                            () ->
                                    new IllegalStateException(
                                            "No shaded job jar in "
                                                    + target
                                                    + "; run mvn package first"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + target, e);
        }
    }

    /** The --add-opens flags Spark needs on Java 17, as the build passes them to Surefire. */
    public static String sparkOpens() {
        String opens = System.getProperty("stat-batch.spark-opens");
        if (opens == null || opens.isBlank()) {
            throw new IllegalStateException(
                    "System property stat-batch.spark-opens is not set; run the tests through Maven");
        }
        return opens;
    }
}
