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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
            int exit = job.await(Duration.ofMinutes(5));
            System.out.println(job.output());
            return exit;
        }
    }

    @Test
    void jobOnAStandaloneClusterWithTwoWorkersGivesTheSameResultsAsOnALocalMaster()
            throws Exception {
        SparkInstallation spark = SparkInstallation.create(work.resolve("spark-home"));
        DbSettings localDb = OctoberFixture.freshDatabase();
        DbSettings clusterDb = OctoberFixture.freshDatabase();
        Path localConfig =
                new JobConfigFile(localDb, work.resolve("local-out").toString())
                        .writeTo(work.resolve("local.conf"));
        Path clusterConfig =
                new JobConfigFile(clusterDb, work.resolve("cluster-out").toString())
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
                            .replace("-Xmx768m ", "");
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
        assertThat(executorLogs(work.resolve("worker-1-work")))
                .as("an executor ran on worker 1")
                .isNotEmpty();
        assertThat(executorLogs(work.resolve("worker-2-work")))
                .as("an executor ran on worker 2")
                .isNotEmpty();
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
