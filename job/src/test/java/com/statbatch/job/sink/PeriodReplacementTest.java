package com.statbatch.job.sink;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.job.JobSettings;
import com.statbatch.job.StatBatchJob;
import com.statbatch.job.report.ReportFileWriter;
import com.statbatch.job.run.RunFault;
import com.statbatch.job.run.RunFaults;
import com.statbatch.job.source.SourceSettings;
import com.statbatch.job.source.TextSources;
import com.statbatch.job.testing.LocalSpark;
import com.statbatch.job.testing.OctoberFixture;
import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A period's results are replaced whole or not at all, whatever breaks during the write. */
class PeriodReplacementTest {

    @RegisterExtension static WireMockExtension sns = WireMockExtension.newInstance().build();

    private static final StatPeriod OCTOBER = StatPeriod.ofMonth(YearMonth.of(2026, 10));

    @TempDir Path reports;
    DbSettings db;
    final SparkSession spark = LocalSpark.session();

    @BeforeEach
    void database() throws Exception {
        db = OctoberFixture.freshDatabase();
        sns.stubFor(post(urlEqualTo("/")).willReturn(SnsStub.publishOk("msg")));
    }

    private void run(String runId, WriteFault fault) throws Exception {
        Map<String, String> overrides = new HashMap<>(db.configOverrides());
        overrides.putAll(
                Map.of(
                        "report.prefix",
                        reports.toString(),
                        "analysis.shuffle-partitions",
                        "4",
                        "notify.sns-topic-arn",
                        SnsStub.TOPIC,
                        "aws.region",
                        "ap-northeast-2",
                        "aws.sns-endpoint",
                        sns.baseUrl()));
        Config config = StatBatchConfig.load(Optional.empty(), Map.of(), overrides);
        JobSettings settings = JobSettings.from(config, OCTOBER, runId, false);
        StatBatchJob.execute(
                settings,
                db,
                TextSources.from(SourceSettings.fromConfig(config), db),
                spark,
                new RunFaults(RunFault.NONE, fault, ReportFileWriter.FileWritten.NONE));
    }

    private List<String> results() {
        return List.of(
                String.join(
                        "\n",
                        Sql.rows(
                                db,
                                "select building_id, term, pos, term_freq, doc_freq, rank from stat_keyword order by 1, 6")),
                String.join(
                        "\n", Sql.rows(db, "select * from stat_building order by building_id")));
    }

    @Test
    void writeThatFailsOnEveryAttemptLeavesThePreviousResultsAndAFailedRun() throws Exception {
        run("good", WriteFault.NONE);
        List<String> before = results();
        Sql.execute(db, "update building set name = '새 이름' where building_id = 101");
        Sql.execute(
                db,
                "insert into building_text values (50, 101, '2026-10-20T10:00:00+09:00', '주차장 주차장 주차장 주차장')");

        assertThatThrownBy(
                        () ->
                                run(
                                        "broken",
                                        (table, partition, attempt, rows) -> {
                                            if (rows == 2) {
                                                throw new IllegalStateException(
                                                        "connection to PostgreSQL lost (injected)");
                                            }
                                        }))
                .hasMessageContaining("injected");

        assertThat(results()).isEqualTo(before);
        assertThat(
                        Sql.one(
                                db,
                                "select status || '|' || error_stage from stat_job_run where run_id = 'broken'"))
                .isEqualTo("FAILED|write-db");
        assertThat(Sql.one(db, "select error_message from stat_job_run where run_id = 'broken'"))
                .contains("injected");
        assertThat(Sql.rows(db, "select count(*) from pg_tables where tablename like '%_stage_%'"))
                .containsExactly("0");
        SnsStub.Published alert =
                SnsStub.publishedMessages(sns.getRuntimeInfo().getWireMock()).get(1);
        assertThat(alert.subject()).isEqualTo("stat-batch 2026-10 FAILED in write-db");
        assertThat(alert.message())
                .contains("broken", "injected", "previous results are unchanged");
    }

    @Test
    void taskThatDiesHalfWayAndIsRetriedAddsNoDuplicates() throws Exception {
        run("clean", WriteFault.NONE);
        List<String> clean = results();

        run(
                "retried",
                (table, partition, attempt, rows) -> {
                    if (attempt == 0 && rows == 3) {
                        throw new IllegalStateException("executor lost (injected)");
                    }
                });

        assertThat(results()).isEqualTo(clean);
        assertThat(Sql.one(db, "select status from stat_job_run where run_id = 'retried'"))
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void reportFilesAreCommittedUnderTheirFinalNamesOnly() throws Exception {
        run("csv", WriteFault.NONE);

        Path folder = reports.resolve("stat/2026-10-01_2026-10-31");
        assertThat(folder.toFile().list())
                .containsExactlyInAnyOrder(
                        "building_keywords.csv",
                        "buildings.csv",
                        "categories.csv",
                        "report.html",
                        "runs");
        assertThat(folder.resolve("runs/csv").toFile().list())
                .containsExactlyInAnyOrder(
                        "building_keywords.csv", "buildings.csv", "categories.csv", "report.html");
    }
}
