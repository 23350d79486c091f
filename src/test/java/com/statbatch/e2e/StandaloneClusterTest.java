package com.statbatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.db.DbSettings;
import com.statbatch.e2e.support.JobConfigFile;
import com.statbatch.e2e.support.JvmProcess;
import com.statbatch.e2e.support.RepoPaths;
import com.statbatch.e2e.support.SparkInstallation;
import com.statbatch.e2e.support.Tables;
import com.statbatch.job.testing.OctoberFixture;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar on a real distributed Spark: a standalone Master and two Workers, each its own JVM,
 * whose executors are JVMs of their own. The results must equal a local-master run, which proves
 * the UDF, its analyzers and its dictionaries work when shipped to executors.
 */
class StandaloneClusterTest {

    @TempDir Path work;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int submit(
            SparkInstallation spark, String name, Path work, List<String> sparkArgs, Path config)
            throws Exception {
        List<String> args = new ArrayList<>(sparkArgs);
        args.addAll(
                List.of(
                        "--class",
                        "com.statbatch.job.StatBatchJob",
                        RepoPaths.jobJar().toString(),
                        "--period",
                        "2026-10",
                        "--run-id",
                        name,
                        "--config",
                        config.toString()));
        try (JvmProcess job = spark.sparkSubmit(name, args, work, Map.of())) {
            // Two JVMs loading KOMORAN (a minute each on a loaded 2-core machine) on top of the
            // job.
            int exit = job.await(Duration.ofMinutes(10));
            System.out.println(job.output());
            return exit;
        }
    }

    @Test
    void jobOnAStandaloneClusterWithTwoWorkersGivesTheSameResultsAsOnALocalMaster()
            throws Exception {
        clusterRunEqualsLocalRun("nori", "UTF-8");
    }

    /**
     * KOMORAN on executors whose platform charset cannot even encode Korean: the user dictionary is
     * read as UTF-8 all the same, and each executor JVM loads the model once, whatever number of
     * tasks it runs.
     */
    @Test
    @EnabledIfSystemProperty(named = "stat-batch.komoran", matches = "true")
    void komoranOnAStandaloneClusterWithAsciiExecutorsGivesTheSameResultsAsOnALocalMaster()
            throws Exception {
        List<Path> executorLogs = clusterRunEqualsLocalRun("komoran", "US-ASCII");

        for (Path log : executorLogs) {
            assertThat(Files.readAllLines(log, StandardCharsets.ISO_8859_1))
                    .as("the log of the executor " + log)
                    .filteredOn(line -> line.contains("KOMORAN FULL model loaded"))
                    .hasSize(1);
        }
    }

    /**
     * Runs the job on a local master and on the cluster with the analyzer, executors with the
     * platform charset; asserts equal results and returns the executors' logs.
     */
    private List<Path> clusterRunEqualsLocalRun(String analyzer, String executorCharset)
            throws Exception {
        SparkInstallation spark = SparkInstallation.create(work.resolve("spark-home"));
        DbSettings localDb = OctoberFixture.freshDatabase();
        DbSettings clusterDb = OctoberFixture.freshDatabase();
        Path localConfig =
                new JobConfigFile(localDb, work.resolve("local-out").toString())
                        .set("nlp.analyzer", analyzer)
                        .writeTo(work.resolve("local.conf"));
        Path clusterConfig =
                new JobConfigFile(clusterDb, work.resolve("cluster-out").toString())
                        .set("nlp.analyzer", analyzer)
                        .writeTo(work.resolve("cluster.conf"));

        assertThat(submit(spark, "local", work, List.of("--master", "local[2]"), localConfig))
                .isZero();

        int port = freePort();
        String masterUrl = "spark://127.0.0.1:" + port;
        try (JvmProcess master = spark.startMaster(port, work);
                JvmProcess worker1 = spark.startWorker("worker-1", masterUrl, work);
                JvmProcess worker2 = spark.startWorker("worker-2", masterUrl, work)) {
            String executorOptions =
                    String.join(" ", SparkInstallation.jvmOptions("768m", true))
                            .replace("-Xmx768m ", "")
                            .replace("-Dfile.encoding=UTF-8", "-Dfile.encoding=" + executorCharset);
            int exit =
                    submit(
                            spark,
                            "cluster",
                            work,
                            List.of(
                                    "--master",
                                    masterUrl,
                                    "--deploy-mode",
                                    "client",
                                    "--conf",
                                    "spark.executor.memory=768m",
                                    "--conf",
                                    "spark.executor.cores=1",
                                    "--conf",
                                    "spark.cores.max=2",
                                    "--conf",
                                    "spark.executor.extraJavaOptions=" + executorOptions,
                                    "--conf",
                                    "spark.driver.host=127.0.0.1"),
                            clusterConfig);
            assertThat(exit).as(master.output()).isZero();
        }

        assertThat(Tables.results(clusterDb)).isEqualTo(Tables.results(localDb));
        assertThat(Tables.results(clusterDb).get(0)).contains("엘리베이터", "층간소음", "관리사무소");
        assertThat(
                        Files.readAllBytes(
                                work.resolve(
                                        "cluster-out/stat/2026-10-01_2026-10-31/building_keywords.csv")))
                .isEqualTo(
                        Files.readAllBytes(
                                work.resolve(
                                        "local-out/stat/2026-10-01_2026-10-31/building_keywords.csv")));
        List<Path> logs = new ArrayList<>(executorLogs(work.resolve("worker-1-work")));
        assertThat(logs).as("an executor ran on worker 1").isNotEmpty();
        List<Path> second = executorLogs(work.resolve("worker-2-work"));
        assertThat(second).as("an executor ran on worker 2").isNotEmpty();
        logs.addAll(second);
        return logs;
    }

    /** Each executor a Worker starts gets a folder app-…/N/ with its own stderr. */
    private static List<Path> executorLogs(Path workerDir) throws IOException {
        if (!Files.isDirectory(workerDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(workerDir)) {
            return files.filter(p -> p.getFileName().toString().equals("stderr")).toList();
        }
    }
}
