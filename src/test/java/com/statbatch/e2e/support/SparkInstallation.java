package com.statbatch.e2e.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Spark installation made from the jars on Maven Central: SPARK_HOME/jars links to the Spark,
 * Hadoop and s3a jars the build resolved, which is where a standalone Worker looks for the executor
 * classpath. Starts spark-submit, Masters and Workers as separate JVMs.
 */
public final class SparkInstallation {

    private final Path home;
    private final String classpath;

    private SparkInstallation(Path home, String classpath) {
        this.home = home;
        this.classpath = classpath;
    }

    public static SparkInstallation create(Path home) throws IOException {
        Path listing = RepoPaths.root().resolve("src/test/target/spark-classpath.txt");
        String classpath = Files.readString(listing, StandardCharsets.UTF_8).trim();
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String jar : classpath.split(File.pathSeparator)) {
            Path source = Path.of(jar);
            Path link = jars.resolve(source.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, source);
            }
        }
        Files.createDirectories(home.resolve("conf"));
        return new SparkInstallation(home, classpath);
    }

    public String classpath() {
        return classpath;
    }

    public Map<String, String> env() {
        return Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.12");
    }

    /**
     * JVM flags for Spark on Java 17; {@code quiet} applies conf/log4j2.xml, else Spark's INFO
     * logging.
     */
    public static List<String> jvmOptions(String memory, boolean quiet) {
        List<String> options = new ArrayList<>(Arrays.asList(RepoPaths.sparkOpens().split("\\s+")));
        options.add("-Xmx" + memory);
        options.add("-Dfile.encoding=UTF-8");
        if (quiet) {
            options.add(
                    "-Dlog4j2.configurationFile="
                            + RepoPaths.root().resolve("conf/log4j2.xml").toUri());
        }
        return options;
    }

    /** spark-submit, as the command-line tool runs it. */
    public JvmProcess sparkSubmit(
            String name, List<String> args, Path workDir, Map<String, String> env)
            throws IOException {
        Map<String, String> all = new HashMap<>(env());
        all.putAll(env);
        return JvmProcess.start(
                name,
                classpath,
                jvmOptions("1g", true),
                "org.apache.spark.deploy.SparkSubmit",
                args,
                workDir,
                all);
    }

    /** A standalone Master on 127.0.0.1; returns once it accepts Workers. */
    public JvmProcess startMaster(int port, Path workDir) throws IOException, InterruptedException {
        JvmProcess master =
                JvmProcess.start(
                        "master",
                        classpath,
                        jvmOptions("512m", false),
                        "org.apache.spark.deploy.master.Master",
                        List.of(
                                "--host",
                                "127.0.0.1",
                                "--port",
                                Integer.toString(port),
                                "--webui-port",
                                "0"),
                        workDir,
                        env());
        master.awaitLog(
                line -> line.contains("I have been elected leader"), Duration.ofSeconds(60));
        return master;
    }

    /** A standalone Worker with one core; returns once the Master has registered it. */
    public JvmProcess startWorker(String name, String masterUrl, Path workDir)
            throws IOException, InterruptedException {
        JvmProcess worker =
                JvmProcess.start(
                        name,
                        classpath,
                        jvmOptions("512m", false),
                        "org.apache.spark.deploy.worker.Worker",
                        List.of(
                                "--host",
                                "127.0.0.1",
                                "--cores",
                                "1",
                                "--memory",
                                "1500m",
                                "--webui-port",
                                "0",
                                "--work-dir",
                                workDir.resolve(name + "-work").toString(),
                                masterUrl),
                        workDir,
                        env());
        worker.awaitLog(
                line -> line.contains("Successfully registered with master"),
                Duration.ofSeconds(60));
        return worker;
    }
}
