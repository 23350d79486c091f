package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.period.StatPeriod;
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

        assertThat(command.args(OCTOBER, "run-7"))
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
                        "--config",
                        "prod.conf",
                        "--run-id",
                        "run-7");
    }

    @Test
    void theStepCarriesThePeriodInItsNameAndContinuesOnFailure() {
        StepConfig step =
                new SparkSubmitCommand("s3://b/job.jar", "s3://b/prod.conf", List.of())
                        .step(OCTOBER, "r");

        assertThat(step.name()).isEqualTo("stat-batch-2026-10");
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
