package com.statbatch.udf.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;

/** Files shipped with spark-submit --files. Loaded only when Spark is on the classpath. */
final class SparkFilesLocator {

    private SparkFilesLocator() {}

    /**
     * Executors have a SparkEnv but no SparkContext, and find shipped files through the env, so the
     * env is what tells whether this JVM runs Spark.
     */
    static Optional<Path> find(String fileName) {
        if (SparkEnv.get() == null) {
            return Optional.empty();
        }
        Path path = Path.of(SparkFiles.get(fileName));
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
}
