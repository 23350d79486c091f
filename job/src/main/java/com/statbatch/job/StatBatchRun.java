package com.statbatch.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.master.MasterSync;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.JobRunStore;
import com.statbatch.common.run.PeriodResults;
import com.statbatch.common.run.RunCounts;
import com.statbatch.job.analysis.AnalysedColumns;
import com.statbatch.job.analysis.BuildingSummary;
import com.statbatch.job.analysis.KeywordRanking;
import com.statbatch.job.analysis.PeriodAggregate;
import com.statbatch.job.notify.Notifier;
import com.statbatch.job.report.CsvReport;
import com.statbatch.job.report.ReportPublisher;
import com.statbatch.job.run.BuildingPreview;
import com.statbatch.job.run.PeriodCounts;
import com.statbatch.job.run.RunBoundary;
import com.statbatch.job.run.RunFailure;
import com.statbatch.job.run.RunFault;
import com.statbatch.job.run.RunMetrics;
import com.statbatch.job.run.RunSummary;
import com.statbatch.job.run.SessionScope;
import com.statbatch.job.run.StageClock;
import com.statbatch.job.sink.PeriodLock;
import com.statbatch.job.sink.StagingSwapWriter;
import com.statbatch.job.source.InputSpread;
import com.statbatch.job.source.RepeatedTexts;
import com.statbatch.job.source.TextSource;
import com.statbatch.job.source.TextValidation;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the job for one period: master sync, publish a report an earlier run left behind,
 * read, analyse, aggregate, write the run's own report, replace the period's rows in PostgreSQL,
 * publish the report at the period's canonical key, record the run and signal completion. Any
 * failure is recorded on the run row with its stage, signalled, and rethrown so the step fails.
 */
public final class StatBatchRun {

    private static final Logger LOG = LoggerFactory.getLogger(StatBatchRun.class);
    private static final int PREVIEW_BUILDINGS = 20;

    private final JobSettings settings;
    private final DbSettings db;
    private final TextSource source;
    private final StagingSwapWriter writer;
    private final CsvReport report;
    private final Notifier notifier;
    private final ReportPublisher publisher;
    private final RunFault fault;
    private final JobRunStore runs = new JobRunStore();
    private final StageClock clock = new StageClock();

    /** Set once the swap committed: from then on the tables hold this run's results. */
    private boolean resultsSwapped;

    /** Set once the run's report is at the canonical key. */
    private boolean reportPublished;

    public StatBatchRun(
            JobSettings settings,
            DbSettings db,
            TextSource source,
            StagingSwapWriter writer,
            CsvReport report,
            ReportPublisher publisher,
            Notifier notifier,
            RunFault fault) {
        this.settings = settings;
        this.db = db;
        this.source = source;
        this.writer = writer;
        this.report = report;
        this.publisher = publisher;
        this.notifier = notifier;
        this.fault = fault;
    }

    public RunSummary execute(SparkSession spark) throws Exception {
        StatPeriod period = settings.period();
        boolean runRecorded = false;
        SessionScope session = SessionScope.forRun(spark, settings);
        clock.onStage(session::describe);
        resultsSwapped = false;
        reportPublished = false;
        try {
            long periodId = -1;
            if (!settings.dryRun()) {
                if (settings.migrate()) {
                    clock.time("migrate", () -> SchemaMigrator.migrateStatTables(db));
                }
                periodId = clock.time("sync-master", this::syncMaster);
                recordRunning(periodId);
                runRecorded = true;
                long id = periodId;
                clock.time("repair-report", () -> publishUnpublished(id));
            }
            // The same width SessionScope gave the session's shuffles.
            int partitions =
                    settings.shufflePartitions() > 0
                            ? settings.shufflePartitions()
                            : 2 * spark.sparkContext().defaultParallelism();
            // A wrong analyzer name or an unreadable word list fails here, not in a task.
            KeywordExtractor.forSettings(settings.nlp());
            Dataset<Row> names = readBuildingNames(spark).persist(StorageLevel.MEMORY_AND_DISK());

            Dataset<Row> classified =
                    TextValidation.classify(
                            InputSpread.overAllCores(source.read(spark, period)), period);
            if (source.dropsRepeatedTexts()) {
                classified = RepeatedTexts.reject(classified);
            }
            Dataset<Row> aggregate =
                    PeriodAggregate.of(
                                    classified,
                                    JavaSparkContext.fromSparkContext(spark.sparkContext())
                                            .broadcast(knownBuildings(names)),
                                    settings.nlp(),
                                    partitions)
                            .persist(StorageLevel.MEMORY_AND_DISK());
            PeriodCounts counts = clock.time("read-analyse", () -> PeriodCounts.of(aggregate));
            LOG.info("Period {}: {}", period.label(), counts);

            Dataset<Row> ranked =
                    KeywordRanking.rank(
                                    aggregate,
                                    counts.documents(),
                                    settings.nlp().posTags(),
                                    settings.distinctiveMinDocCount())
                            .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> keywords =
                    KeywordRanking.topK(ranked, settings.topK())
                            .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> buildings =
                    BuildingSummary.summarize(aggregate, ranked, settings.summaryTerms())
                            .persist(StorageLevel.MEMORY_AND_DISK());
            StagingSwapWriter.Written counted =
                    clock.time(
                            "aggregate",
                            () ->
                                    new StagingSwapWriter.Written(
                                            keywords.count(), buildings.count()));
            long keywordRows = counted.keywordRows();
            List<BuildingPreview> preview = busiest(buildings, names);

            String prefix = settings.reportPrefix();
            String runFolder = ReportPublisher.runFolder(prefix, period, settings.runId());
            String canonical = CsvReport.folder(prefix, period);
            String keywordsCsv = canonical + "/" + CsvReport.KEYWORDS_FILE;
            String buildingsCsv = canonical + "/" + CsvReport.BUILDINGS_FILE;
            fault.at(RunBoundary.AFTER_READ);
            if (!settings.dryRun()) {
                long id = periodId;
                // The run's own report is written while PostgreSQL loads the staging tables;
                // both are complete before the swap, so the swapped rows always have a report to
                // publish.
                StageClock.Both<StagingSwapWriter.Staged, CsvReport.Written> prepared =
                        clock.alongside(
                                "write-db",
                                () ->
                                        writer.stage(
                                                id,
                                                stagingTag(id),
                                                withPeriod(
                                                        keywords,
                                                        id,
                                                        StagingSwapWriter.KEYWORD_COLUMNS),
                                                withPeriod(
                                                        buildings,
                                                        id,
                                                        StagingSwapWriter.BUILDING_COLUMNS)),
                                "write-csv",
                                () -> report.write(runFolder, period, keywords, buildings, names));
                try (StagingSwapWriter.Staged staged = prepared.main()) {
                    requireWholeReport(prepared.side(), counted);
                    clock.time(
                            "swap",
                            () ->
                                    staged.swap(
                                            counted,
                                            swap -> {
                                                runs.markResultsSwapped(swap, settings.runId());
                                                fault.at(RunBoundary.MID_SWAP);
                                            }));
                }
                resultsSwapped = true;
                reportPublished = clock.time("publish-report", () -> publish(id, settings.runId()));
            }
            RunCounts runCounts =
                    new RunCounts(
                            counts.documents(),
                            counts.buildings(),
                            keywordRows,
                            counts.skipped(),
                            counts.unknownBuildingDocuments(),
                            counts.truncated(),
                            keywordsCsv);
            fault.at(RunBoundary.BEFORE_RUN_RECORD);
            if (!settings.dryRun()) {
                clock.time(
                        "record-run",
                        () -> {
                            try (Connection c = db.connect()) {
                                runs.markSucceeded(c, settings.runId(), runCounts);
                            }
                            return null;
                        });
            }
            RunSummary summary =
                    new RunSummary(
                            settings.runId(),
                            period,
                            source.describe(),
                            runCounts,
                            counts.unknownBuildings(),
                            keywordsCsv,
                            buildingsCsv,
                            runFolder + "/" + CsvReport.KEYWORDS_FILE,
                            preview,
                            clock.times(),
                            clock.total(),
                            settings.dryRun());
            RunMetrics.succeeded(summary);
            fault.at(RunBoundary.BEFORE_NOTIFICATION);
            if (!settings.dryRun()) {
                signalSuccess(summary);
            }
            fault.at(RunBoundary.AFTER_NOTIFICATION);
            List.of(ranked, keywords, buildings, aggregate, names).forEach(Dataset::unpersist);
            return summary;
        } catch (Exception e) {
            RunFailure failure =
                    new RunFailure(
                            settings.runId(),
                            period,
                            clock.currentStage(),
                            e,
                            resultsSwapped,
                            reportPublished);
            RunMetrics.failed(failure, clock.times(), clock.total());
            if (runRecorded) {
                recordFailure(failure);
            }
            signalFailure(failure);
            throw e;
        } finally {
            session.close();
        }
    }

    /** A report with other rows than the run counted must never become the period's report. */
    private static void requireWholeReport(
            CsvReport.Written report, StagingSwapWriter.Written counted) {
        if (report.keywordRecords() != counted.keywordRows()
                || report.buildingRecords() != counted.buildingRows()) {
            throw new IllegalStateException(
                    "The run's report holds "
                            + report.keywordRecords()
                            + " keyword and "
                            + report.buildingRecords()
                            + " building records but the run counted "
                            + counted
                            + "; refusing to swap (a building without a name in the master"
                            + " table loses its rows in the report's join; rerun the period)");
        }
    }

    /**
     * A run that failed (or was killed) after its swap left the period's tables holding its results
     * and its report unpublished: publish that report first, so the canonical report matches the
     * tables whatever this run does next.
     */
    private Void publishUnpublished(long periodId) throws Exception {
        Optional<PeriodResults> holder;
        try (Connection c = db.connect()) {
            holder = runs.periodResults(c, periodId);
        }
        if (holder.isEmpty() || holder.get().reportPublished()) {
            return null;
        }
        String behind = holder.get().runId();
        if (!publisher.hasReport(settings.reportPrefix(), settings.period(), behind)) {
            LOG.warn(
                    "Run {} holds the tables of {} but its report is gone from {}; this run's"
                            + " report replaces it",
                    behind,
                    settings.period().label(),
                    ReportPublisher.runFolder(settings.reportPrefix(), settings.period(), behind));
            return null;
        }
        LOG.info("Publishing the report of run {}, whose results the tables hold", behind);
        publish(periodId, behind);
        return null;
    }

    /**
     * Publishes the run's report under the period's lock, and only while the tables hold its
     * results: a later run that swapped in the meantime publishes its own.
     *
     * @return whether the run's report is now the canonical one
     */
    private boolean publish(long periodId, String runId) throws Exception {
        try (Connection c = db.connect();
                PeriodLock lock = PeriodLock.hold(c, periodId)) {
            Optional<PeriodResults> holder = runs.periodResults(c, periodId);
            if (holder.isEmpty() || !holder.get().runId().equals(runId)) {
                LOG.info(
                        "Run {} swapped its results in after run {}; its report is published instead",
                        holder.map(PeriodResults::runId).orElse("?"),
                        runId);
                return false;
            }
            publisher.publish(settings.reportPrefix(), settings.period(), runId);
            runs.markReportPublished(c, runId);
            return true;
        }
    }

    private long syncMaster() throws SQLException {
        try (Connection c = db.connect()) {
            return new MasterSync(settings.master())
                    .sync(c, settings.period(), settings.periodId())
                    .periodId();
        }
    }

    private void recordRunning(long periodId) throws SQLException {
        try (Connection c = db.connect()) {
            runs.markRunning(c, settings.runId(), periodId);
        }
    }

    private Dataset<Row> readBuildingNames(SparkSession spark) {
        Properties props = new Properties();
        props.setProperty("user", db.user());
        props.setProperty("password", db.password() == null ? "" : db.password());
        props.setProperty("driver", "org.postgresql.Driver");
        return spark.read()
                .jdbc(db.url(), "stat_dimension", props)
                .select(col(AnalysedColumns.BUILDING_ID), col("name"));
    }

    /** The ids stat_dimension knows, sorted for binary search in the tasks. */
    private static long[] knownBuildings(Dataset<Row> names) {
        long[] ids =
                names.select(AnalysedColumns.BUILDING_ID).collectAsList().stream()
                        .mapToLong(r -> r.getLong(0))
                        .toArray();
        Arrays.sort(ids);
        return ids;
    }

    private static List<BuildingPreview> busiest(Dataset<Row> buildings, Dataset<Row> names) {
        return buildings
                .join(broadcast(names), AnalysedColumns.BUILDING_ID)
                .orderBy(col(BuildingSummary.DOCUMENTS).desc(), col(AnalysedColumns.BUILDING_ID))
                .limit(PREVIEW_BUILDINGS)
                .collectAsList()
                .stream()
                .map(
                        r ->
                                new BuildingPreview(
                                        r.getLong(r.fieldIndex(AnalysedColumns.BUILDING_ID)),
                                        r.getString(r.fieldIndex("name")),
                                        r.getLong(r.fieldIndex(BuildingSummary.DOCUMENTS)),
                                        r.getString(r.fieldIndex(BuildingSummary.TOP_TERMS)),
                                        r.getString(
                                                r.fieldIndex(BuildingSummary.DISTINCTIVE_TERMS))))
                .toList();
    }

    private static Dataset<Row> withPeriod(Dataset<Row> rows, long periodId, List<String> columns) {
        return rows.withColumn("period_id", lit(periodId))
                .select(columns.stream().map(functions::col).toArray(Column[]::new));
    }

    private static String stagingTag(long periodId) {
        return "p"
                + periodId
                + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    private void signalSuccess(RunSummary summary) {
        try {
            notifier.succeeded(summary);
        } catch (RuntimeException e) {
            // The results are written; a notification outage must not fail the month.
            LOG.error(
                    "Run {} succeeded but the notification failed: {}",
                    settings.runId(),
                    e.toString(),
                    e);
            try (Connection c = db.connect()) {
                runs.recordNotifyError(
                        c, settings.runId(), e.getClass().getName() + ": " + e.getMessage());
            } catch (SQLException recordError) {
                LOG.error(
                        "Could not record the notification failure on run {}",
                        settings.runId(),
                        recordError);
            }
        }
    }

    private void recordFailure(RunFailure failure) {
        try (Connection c = db.connect()) {
            runs.markFailed(c, failure.runId(), failure.stage(), failure.errorText());
        } catch (SQLException e) {
            LOG.error(
                    "Run {} failed in {} and could not be marked FAILED in stat_job_run",
                    failure.runId(),
                    failure.stage(),
                    e);
            failure.error().addSuppressed(e);
        }
    }

    private void signalFailure(RunFailure failure) {
        try {
            notifier.failed(failure);
        } catch (RuntimeException e) {
            LOG.error("Run {} failed and the failure notification failed too", failure.runId(), e);
            failure.error().addSuppressed(e);
        }
    }
}
