package com.statbatch.job.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.JobSettings;
import com.statbatch.job.testing.LocalSpark;
import com.statbatch.job.testing.SparkJobsSeen;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SessionScopeTest {

    final SparkSession spark = LocalSpark.session();

    static JobSettings run(String runId, Map<String, String> overrides) {
        return JobSettings.from(
                StatBatchConfig.load(Optional.empty(), Map.of(), overrides),
                StatPeriod.ofMonth(YearMonth.of(2026, 10)),
                runId,
                false);
    }

    @Test
    void aRunSeesSeoulTimeAndItsShuffleSizeAndLeavesTheSessionAsItFoundIt() {
        spark.conf().set("spark.sql.shuffle.partitions", "7");
        spark.conf().unset("spark.sql.session.timeZone");
        String zoneBefore = spark.conf().get("spark.sql.session.timeZone");

        try (SessionScope scope = SessionScope.forRun(spark, run("run-1", Map.of()))) {
            assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo("Asia/Seoul");
            assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("4");
        }

        assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("7");
        assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo(zoneBefore);
        spark.conf().set("spark.sql.shuffle.partitions", "4");
    }

    @Test
    void aConfiguredShuffleSizeWins() {
        try (SessionScope scope =
                SessionScope.forRun(
                        spark, run("run-2", Map.of("analysis.shuffle-partitions", "12")))) {
            assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("12");
        }
    }

    @Test
    void sparkJobsCarryTheRunIdAsGroupAndTheStageAsDescriptionUntilTheRunEnds() throws Exception {
        List<String> seen =
                SparkJobsSeen.during(
                                spark,
                                () -> {
                                    try (SessionScope scope =
                                            SessionScope.forRun(spark, run("run-3", Map.of()))) {
                                        scope.describe("aggregate");
                                        spark.range(10).count();
                                    }
                                    spark.range(10).count();
                                })
                        .stream()
                        .map(
                                job ->
                                        job.getProperty("spark.jobGroup.id")
                                                + " / "
                                                + job.getProperty("spark.job.description"))
                        .toList();

        // distinct: adaptive execution may run one action as several jobs.
        assertThat(seen.stream().distinct())
                .containsExactly("run-3 / stat-batch run-3: aggregate", "null / null");
    }

    @Test
    void s3aFollowsTheConfiguredEndpointDuringTheRunOnly() {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        String before = hadoop.get("fs.s3a.endpoint");

        try (SessionScope scope =
                SessionScope.forRun(
                        spark,
                        run(
                                "run-4",
                                Map.of(
                                        "aws.s3-endpoint", "http://127.0.0.1:9999",
                                        "aws.region", "ap-northeast-2")))) {
            assertThat(hadoop.get("fs.s3a.endpoint")).isEqualTo("http://127.0.0.1:9999");
            assertThat(hadoop.get("fs.s3a.path.style.access")).isEqualTo("true");
            assertThat(hadoop.get("fs.s3a.connection.ssl.enabled")).isEqualTo("false");
            assertThat(hadoop.get("fs.s3a.endpoint.region")).isEqualTo("ap-northeast-2");
        }

        assertThat(hadoop.get("fs.s3a.endpoint")).isEqualTo(before);
    }

    @Test
    void withoutAnEndpointS3aIsLeftAsTheClusterConfiguresIt() {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        String before = hadoop.get("fs.s3a.endpoint");

        try (SessionScope scope = SessionScope.forRun(spark, run("run-5", Map.of()))) {
            assertThat(hadoop.get("fs.s3a.endpoint")).isEqualTo(before);
        }
    }
}
