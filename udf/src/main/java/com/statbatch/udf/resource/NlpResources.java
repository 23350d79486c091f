package com.statbatch.udf.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the word list a configuration value names and reads its lines (UTF-8, without the comment
 * lines starting with # and without blank lines). A value is looked up as, in this order: a local
 * file; a file shipped with spark-submit --files (by its file name), when this JVM runs Spark; a
 * classpath resource.
 */
public final class NlpResources {

    private static final String SPARK_ENV_CLASS = "org.apache.spark.SparkEnv";

    private NlpResources() {}

    /** The entries of the list {@code value} names; empty for "". */
    public static List<String> readLines(String key, String value) {
        return readNumberedLines(key, value).stream().map(NumberedLine::text).toList();
    }

    /**
     * The entries with their line numbers in the file, so that a malformed entry can be pointed at.
     */
    public static List<NumberedLine> readNumberedLines(String key, String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        try (InputStream in = open(key, value);
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<NumberedLine> lines = new ArrayList<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1).strip();
                }
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(new NumberedLine(number, text));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read " + key + " = '" + value + "': " + e.getMessage(), e);
        }
    }

    private static InputStream open(String key, String value) throws IOException {
        Path local = Path.of(value);
        if (Files.isRegularFile(local)) {
            return Files.newInputStream(local);
        }
        Optional<Path> shipped = sparkFile(local);
        if (shipped.isPresent()) {
            return Files.newInputStream(shipped.get());
        }
        InputStream resource = NlpResources.class.getClassLoader().getResourceAsStream(value);
        if (resource != null) {
            return resource;
        }
        throw new IllegalArgumentException(
                key
                        + " = '"
                        + value
                        + "' names no local file (looked in "
                        + local.toAbsolutePath()
                        + "), no file shipped with spark-submit --files and no classpath resource;"
                        + " give an existing file, ship it with --files, or set "
                        + key
                        + " = \"\" for none.");
    }

    /**
     * Spark is provided scope: tools such as scripts/tokenize.sh run without it on the classpath.
     */
    private static Optional<Path> sparkFile(Path value) {
        if (value.getFileName() == null || !classPresent(SPARK_ENV_CLASS)) {
            return Optional.empty();
        }
        return SparkFilesLocator.find(value.getFileName().toString());
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, NlpResources.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
