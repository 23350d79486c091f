package com.statbatch.job.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/backfill.sh against a stub spark-submit that records its arguments (one run per line,
 * arguments separated by '|') and fails for the month named in STUB_FAIL.
 */
class BackfillScriptTest {

    static final Path SCRIPT = Path.of("..", "scripts", "backfill.sh").toAbsolutePath().normalize();
    static final String STUB =
            """
            #!/usr/bin/env bash
            { printf '%s|' "$@"; echo; } >> "$STUB_LOG"
            for arg in "$@"; do [ "$arg" = "${STUB_FAIL:-none}" ] && exit 3; done
            exit 0
            """;

    @TempDir Path dir;
    Path bin;
    Path log;

    @BeforeEach
    void stub() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        log = dir.resolve("submits.log");
        executable(bin.resolve("spark-submit"), STUB);
    }

    record Result(int exitCode, String out, String err) {}

    Result backfill(Map<String, String> env, String pathDirs, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectOutput(dir.resolve("out.txt").toFile())
                        .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("SPARK_HOME");
        builder.environment().put("PATH", pathDirs + ":/usr/bin:/bin");
        builder.environment().put("STUB_LOG", log.toString());
        builder.environment().put("JOB_JAR", "/jars/stat-batch-job.jar");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("backfill.sh finished").isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    List<String> submits() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    static String submit(String month, String... extra) {
        return "--class|com.statbatch.job.StatBatchJob|"
                + String.join("", extra)
                + "/jars/stat-batch-job.jar|--period|"
                + month
                + "|";
    }

    @Test
    void submitsOneRunPerMonthInOrderAcrossTheYearEnd() throws Exception {
        Result result =
                backfill(Map.of(), bin.toString(), "2025-11", "2026-02", "--master", "yarn");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(submits())
                .containsExactly(
                        submit("2025-11", "--master|yarn|"), submit("2025-12", "--master|yarn|"),
                        submit("2026-01", "--master|yarn|"), submit("2026-02", "--master|yarn|"));
        assertThat(result.out())
                .contains(
                        "[4/4] 2026-02 succeeded", "OK: backfilled 4 month(s), 2025-11 .. 2026-02");
    }

    @Test
    void passesSparkSubmitArgumentsBeforeTheJarAndJobArgumentsAfterThePeriod() throws Exception {
        Result result =
                backfill(
                        Map.of(),
                        bin.toString(),
                        "2026-03",
                        "2026-03",
                        "--conf",
                        "spark.executor.memory=4g",
                        "--",
                        "--set",
                        "analysis.top-k=5");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(submits())
                .containsExactly(
                        "--class|com.statbatch.job.StatBatchJob|--conf|spark.executor.memory=4g|"
                                + "/jars/stat-batch-job.jar|--period|2026-03|--set|analysis.top-k=5|");
    }

    @Test
    void stopsAtTheFirstFailedMonthAndPrintsTheCommandThatResumesFromIt() throws Exception {
        Result result =
                backfill(
                        Map.of("STUB_FAIL", "2026-01"),
                        bin.toString(),
                        "2025-11",
                        "2026-03",
                        "--master",
                        "yarn",
                        "--conf",
                        "spark.app.name=a b");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(submits())
                .hasSize(3)
                .last()
                .isEqualTo(submit("2026-01", "--master|yarn|--conf|spark.app.name=a b|"));
        assertThat(result.err())
                .contains(
                        "ERROR: 2026-01 failed (exit code 3)",
                        "Months 2025-11 .. 2025-12 succeeded and are kept.",
                        "resume with:\n  "
                                + SCRIPT
                                + " 2026-01 2026-03 --master yarn --conf spark.app.name=a\\ b\n");
    }

    @Test
    void aFailureInTheFirstMonthResumesFromTheFirstMonth() throws Exception {
        Result result =
                backfill(Map.of("STUB_FAIL", "2026-01"), bin.toString(), "2026-01", "2026-02");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(submits()).containsExactly(submit("2026-01"));
        assertThat(result.err())
                .doesNotContain("succeeded and are kept")
                .contains("resume with:\n  " + SCRIPT + " 2026-01 2026-02\n");
    }

    @Test
    void findsSparkSubmitInSparkHomeWhenItIsNotOnThePath() throws Exception {
        Path sparkHome = dir.resolve("spark");
        executable(Files.createDirectories(sparkHome.resolve("bin")).resolve("spark-submit"), STUB);

        Result result =
                backfill(
                        Map.of("SPARK_HOME", sparkHome.toString()),
                        dir.resolve("empty").toString(),
                        "2026-05",
                        "2026-05");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(submits()).containsExactly(submit("2026-05"));
    }

    @Test
    void rejectsMalformedAndReversedMonthsWithoutSubmittingAnything() throws Exception {
        Result malformed = backfill(Map.of(), bin.toString(), "2026-13", "2026-14");
        Result reversed = backfill(Map.of(), bin.toString(), "2026-05", "2026-01");
        Result missing = backfill(Map.of(), bin.toString(), "2026-05");

        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("'2026-13' is not a month; expected YYYY-MM");
        assertThat(reversed.exitCode()).isEqualTo(2);
        assertThat(reversed.err()).contains("FROM 2026-05 is after TO 2026-01");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("scripts/backfill.sh FROM TO");
        assertThat(submits()).isEmpty();
    }

    @Test
    void withoutSparkSubmitRefusesArgumentsOnlySparkSubmitUnderstands() throws Exception {
        Result result =
                backfill(
                        Map.of(),
                        dir.resolve("empty").toString(),
                        "2026-01",
                        "2026-02",
                        "--deploy-mode",
                        "cluster");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("spark-submit is not on PATH", "'--deploy-mode' cannot be passed on");
        assertThat(submits()).isEmpty();
    }

    static void executable(Path path, String text) throws IOException {
        Files.writeString(path, text);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
