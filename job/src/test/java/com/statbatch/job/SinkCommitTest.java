package com.statbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.testing.Sql;
import com.statbatch.job.notify.Notifier;
import com.statbatch.job.report.PeriodReportPublication;
import com.statbatch.job.report.ReportFileWriter;
import com.statbatch.job.report.ReportPublisher;
import com.statbatch.job.run.RecordedRun;
import com.statbatch.job.run.RunFailure;
import com.statbatch.job.run.RunFault;
import com.statbatch.job.run.RunSummary;
import com.statbatch.job.run.StageClock;
import com.statbatch.job.sink.PeriodOutput;
import com.statbatch.job.sink.PeriodSink;
import com.statbatch.job.sink.StagingSwapWriter;
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
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run stages every sink, checks what each wrote against its own counts, and only then commits
 * them, in their order; a sink that wrote other rows stops every commit.
 */
class SinkCommitTest {

    private static final StatPeriod OCTOBER = StatPeriod.ofMonth(YearMonth.of(2026, 10));

    @TempDir Path reports;
    final SparkSession spark = LocalSpark.session();
    final List<String> events = new CopyOnWriteArrayList<>();
    DbSettings db;
    JobSettings settings;
    Config config;

    @BeforeEach
    void october() throws Exception {
        db = OctoberFixture.freshDatabase();
        Map<String, String> overrides = new HashMap<>(db.configOverrides());
        overrides.put("report.prefix", reports.toString());
        config = StatBatchConfig.load(Optional.empty(), Map.of(), overrides);
        settings = JobSettings.from(config, OCTOBER, "sinks", false);
    }

    /** A sink that writes nothing and says it wrote what the run counted, plus {@code extra}. */
    private PeriodSink sink(String name, long extraBuildingRows) {
        return new PeriodSink() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String commitStage() {
                return "commit-" + name;
            }

            @Override
            public Staged stage(PeriodOutput output) {
                events.add("stage " + name);
                Map<String, Long> written = new HashMap<>(output.counted());
                written.merge(StagingSwapWriter.BUILDINGS.name(), extraBuildingRows, Long::sum);
                return new Staged() {
                    @Override
                    public Map<String, Long> written() {
                        return written;
                    }

                    @Override
                    public boolean commit() {
                        events.add("commit " + name);
                        return true;
                    }

                    @Override
                    public void close() {
                        events.add("close " + name);
                    }
                };
            }
        };
    }

    private RunSummary run(List<PeriodSink> sinks) throws Exception {
        StageClock clock = new StageClock();
        ReportFileWriter files =
                new ReportFileWriter(
                        spark.sparkContext().hadoopConfiguration(),
                        ReportFileWriter.FileWritten.NONE);
        PeriodReportPublication publication =
                new PeriodReportPublication(
                        db,
                        new ReportPublisher(spark.sparkContext().hadoopConfiguration(), files),
                        settings.reportPrefix(),
                        OCTOBER);
        Notifier notifier =
                new Notifier() {
                    @Override
                    public void succeeded(RunSummary summary) {
                        events.add("signal succeeded");
                    }

                    @Override
                    public void failed(RunFailure failure) {
                        events.add("signal failed in " + failure.stage());
                    }
                };
        return new StatBatchRun(
                        settings,
                        db,
                        TextSources.from(SourceSettings.fromConfig(config), db),
                        new RecordedRun(settings, db, publication, notifier, clock),
                        sinks,
                        RunFault.NONE,
                        clock)
                .execute(spark);
    }

    @Test
    void everySinkIsStagedBeforeAnyCommitsAndTheyCommitInTheirOrder() throws Exception {
        RunSummary summary = run(List.of(sink("tables", 0), sink("files", 0)));

        assertThat(events.subList(0, 2)).containsExactlyInAnyOrder("stage tables", "stage files");
        assertThat(events.subList(2, events.size()))
                .containsExactly(
                        "commit tables",
                        "commit files",
                        "close tables",
                        "close files",
                        "signal succeeded");
        assertThat(summary.counts().buildings()).isEqualTo(3);
        assertThat(Sql.one(db, "select status from stat_job_run where run_id = 'sinks'"))
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void aSinkThatWroteOtherRowsThanCountedStopsEveryCommitAndFailsTheRunInItsStage() {
        assertThatThrownBy(() -> run(List.of(sink("tables", 0), sink("files", 1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("files wrote {")
                .hasMessageContaining("stat_building=4")
                .hasMessageContaining("stat_building=3")
                .hasMessageContaining("refusing to commit the period");

        assertThat(events).noneMatch(e -> e.startsWith("commit"));
        assertThat(events).contains("close tables", "close files", "signal failed in files");
        assertThat(
                        Sql.one(
                                db,
                                "select status || '|' || error_stage from stat_job_run"
                                        + " where run_id = 'sinks'"))
                .isEqualTo("FAILED|files");
        assertThat(Sql.one(db, "select count(*) from stat_building")).isEqualTo("0");
    }
}
