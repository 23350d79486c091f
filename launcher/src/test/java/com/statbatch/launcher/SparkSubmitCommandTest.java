package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.period.StatPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.emr.model.ActionOnFailure;
import software.amazon.awssdk.services.emr.model.StepConfig;

class SparkSubmitCommandTest {

    private static final StatPeriod OCTOBER = StatPeriod.ofMonth(YearMonth.of(2026, 10));

    @Test
    void extraArgumentsGoBetweenTheFilesAndTheJobJar() {
        SparkSubmitCommand command =
                new SparkSubmitCommand(
                        "s3://b/job.jar",
                        "s3://b/conf/prod.conf",
                        SparkSubmitCommand.splitArgs(
                                "  --conf spark.executor.memory=4g\t--num-executors 4 "));

        assertThat(command.args(OCTOBER, 42, "run-7"))
                .containsExactly(
                        "spark-submit",
                        "--deploy-mode",
                        "cluster",
                        "--class",
                        "com.statbatch.job.StatBatchJob",
                        "--files",
                        "s3://b/conf/prod.conf",
                        "--conf",
                        "spark.executor.memory=4g",
                        "--num-executors",
                        "4",
                        "s3://b/job.jar",
                        "--period",
                        "2026-10",
                        "--period-id",
                        "42",
                        "--config",
                        "prod.conf",
                        "--run-id",
                        "run-7");
    }

    @Test
    void aCustomRangeGoesAsTheJobsFromAndToFlagsWithTheLastDayIncluded() {
        StatPeriod firstHalf =
                StatPeriod.ofDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

        List<String> args =
                new SparkSubmitCommand("s3://b/job.jar", "s3://b/prod.conf", List.of())
                        .args(firstHalf, 7, "run-8");

        assertThat(args.subList(args.indexOf("s3://b/job.jar") + 1, args.size()))
                .containsExactly(
                        "--from",
                        "2026-01-01",
                        "--to",
                        "2026-06-30",
                        "--period-id",
                        "7",
                        "--config",
                        "prod.conf",
                        "--run-id",
                        "run-8");
    }

    @Test
    void theStepCarriesTheRunIdInItsNameAndContinuesOnFailure() {
        StepConfig step =
                new SparkSubmitCommand("s3://b/job.jar", "s3://b/prod.conf", List.of())
                        .step(OCTOBER, 42, "2026-10-0f8c3a9e-1111-4222-8333-944455556666");

        assertThat(step.name())
                .isEqualTo("stat-batch-2026-10-0f8c3a9e-1111-4222-8333-944455556666");
        assertThat(StepNames.isStepOf(step.name(), OCTOBER)).isTrue();
        assertThat(step.actionOnFailure()).isEqualTo(ActionOnFailure.CONTINUE);
        assertThat(step.hadoopJarStep().jar()).isEqualTo("command-runner.jar");
    }

    @Test
    void blankExtraArgumentsAddNothing() {
        assertThat(SparkSubmitCommand.splitArgs("   ")).isEmpty();
    }

    @Test
    void aPasswordInTheExtraArgumentsIsRefusedWithoutRepeatingIt() {
        List<String> args = SparkSubmitCommand.splitArgs("--conf spark.db.password=hunter2");

        assertThatThrownBy(() -> new SparkSubmitCommand("s3://b/job.jar", "s3://b/prod.conf", args))
                .hasMessageContaining("spark.db.password=…")
                .hasMessageContaining("db.secret-arn")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void aConfigUriWithoutAFileNameIsRefused() {
        assertThatThrownBy(
                        () -> new SparkSubmitCommand("s3://b/job.jar", "s3://b/conf/", List.of()))
                .hasMessageContaining("'s3://b/conf/'")
                .hasMessageContaining("JOB_CONFIG_URI");
    }
}
