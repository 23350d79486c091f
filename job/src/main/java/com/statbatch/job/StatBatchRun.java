package com.statbatch.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.master.MasterSync;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.JobRunStore;
import com.statbatch.common.run.RunCounts;
import com.statbatch.job.analysis.AnalysedColumns;
import com.statbatch.job.analysis.BuildingSummary;
import com.statbatch.job.analysis.KeywordRanking;
import com.statbatch.job.analysis.PeriodAggregate;
import com.statbatch.job.notify.Notifier;
import com.statbatch.job.report.CsvReport;
import com.statbatch.job.report.PeriodReportPublication;
import com.statbatch.job.report.ReportPublisher;
import com.statbatch.job.report.html.Highlights;
import com.statbatch.job.report.html.HtmlReport;
import com.statbatch.job.report.html.ReportModel;
import com.statbatch.job.report.html.ReportModelCollector;
import com.statbatch.job.run.BuildingPreview;
import com.statbatch.job.run.CachedDatasets;
import com.statbatch.job.run.PeriodCounts;
import com.statbatch.job.run.RunBoundary;
import com.statbatch.job.run.RunFailure;
import com.statbatch.job.run.RunFault;
import com.statbatch.job.run.RunMetrics;
import com.statbatch.job.run.RunOutcomeRecorder;
import com.statbatch.job.run.RunSummary;
import com.statbatch.job.run.SessionScope;
import com.statbatch.job.run.StageClock;
import com.statbatch.job.sink.StagingSwapWriter;
import com.statbatch.job.source.InputSpread;
import com.statbatch.job.source.RepeatedTexts;
import com.statbatch.job.source.TextSource;
import com.statbatch.job.source.TextValidation;
import com.statbatch.job.trend.CategoryCounts;
import com.statbatch.job.trend.MonthOverMonth;
import com.statbatch.job.trend.PreviousMonth;
import com.statbatch.job.trend.TrendClassifier;
import com.statbatch.udf.category.CategoryDictionary;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the job for one period, in the order of the README's flow: master sync and the run
 * row, publish a report an earlier run left behind; read, analyse and aggregate in one pass; rank,
 * categories and trends on the aggregated result; the sinks (PostgreSQL staging beside the run's
 * own report), the swap that commits the period, publication of the report at the period's
 * canonical key; record the run and signal completion. Any failure is recorded on the run row with
 * its stage, signalled, and rethrown so the step fails; the cached datasets are released either
 * way.
 */
public final class StatBatchRun {

    private static final Logger LOG = LoggerFactory.getLogger(StatBatchRun.class);
    private static final int PREVIEW_BUILDINGS = 20;

    private final JobSettings settings;
    private final DbSettings db;
    private final TextSource source;
    private final StagingSwapWriter writer;
    private final CsvReport report;
    private final PeriodReportPublication publication;
    private final RunOutcomeRecorder outcomes;
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
        this.publication =
                new PeriodReportPublication(
                        db, publisher, settings.reportPrefix(), settings.period());
        this.outcomes = new RunOutcomeRecorder(db, notifier);
        this.fault = fault;
    }

    public RunSummary execute(SparkSession spark) throws Exception {
        StatPeriod period = settings.period();
        boolean runRecorded = false;
        SessionScope session = SessionScope.forRun(spark, settings);
        clock.onStage(session::describe);
        resultsSwapped = false;
        reportPublished = false;
        try (CachedDatasets cache = new CachedDatasets()) {
            long periodId = -1;
            if (!settings.dryRun()) {
                periodId = begin();
                runRecorded = true;
            }
            Dataset<Row> names = cache.keep(readBuildingNames(spark));
            Dataset<Row> aggregate = cache.keep(aggregate(spark, names));
            PeriodCounts counts = clock.time("read-analyse", () -> PeriodCounts.of(aggregate));
            LOG.info("Period {}: {}", period.label(), counts);
            RankedPeriod results = clock.time("aggregate", () -> rank(cache, aggregate, counts));
            Optional<PreviousMonth> previous =
                    settings.dryRun() ? Optional.empty() : PreviousMonth.of(db, period);
            MonthOverMonth.Result changes =
                    clock.time("trends", () -> compare(spark, cache, previous, aggregate, results));
            ReportModel reportModel =
                    clock.time(
                            "report-model",
                            () ->
                                    ReportModelCollector.collect(
                                            period,
                                            results.buildings(),
                                            names,
                                            previousBuildings(spark, previous, results),
                                            results.keywords(),
                                            results.ranked(),
                                            changes,
                                            new TrendClassifier(settings.trend())));
            List<BuildingPreview> preview = busiest(results.buildings(), names);

            String runFolder =
                    ReportPublisher.runFolder(settings.reportPrefix(), period, settings.runId());
            String canonical = CsvReport.folder(settings.reportPrefix(), period);
            fault.at(RunBoundary.AFTER_READ);
            if (!settings.dryRun()) {
                commit(periodId, runFolder, names, results, changes, reportModel);
            }
            RunCounts runCounts =
                    new RunCounts(
                            counts.documents(),
                            counts.buildings(),
                            results.keywordRows(),
                            counts.skipped(),
                            counts.unknownBuildingDocuments(),
                            counts.truncated(),
                            canonical + "/" + CsvReport.KEYWORDS_FILE);
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
                            canonical + "/" + CsvReport.KEYWORDS_FILE,
                            canonical + "/" + CsvReport.BUILDINGS_FILE,
                            runFolder + "/" + CsvReport.KEYWORDS_FILE,
                            runFolder + "/" + HtmlReport.FILE,
                            Highlights.of(reportModel),
                            preview,
                            clock.times(),
                            clock.total(),
                            settings.dryRun());
            RunMetrics.succeeded(summary);
            fault.at(RunBoundary.BEFORE_NOTIFICATION);
            if (!settings.dryRun()) {
                outcomes.succeeded(summary);
            }
            fault.at(RunBoundary.AFTER_NOTIFICATION);
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
            outcomes.failed(failure, runRecorded);
            throw e;
        } finally {
            session.close();
        }
    }

    /**
     * Schema, master tables and the run row, then the report an earlier run of the period left
     * unpublished.
     *
     * @return the period's id
     */
    private long begin() throws Exception {
        if (settings.migrate()) {
            clock.time("migrate", () -> SchemaMigrator.migrateStatTables(db));
        }
        long periodId = clock.time("sync-master", this::syncMaster);
        recordRunning(periodId);
        clock.time(
                "repair-report",
                () -> {
                    publication.repair(periodId);
                    return null;
                });
        return periodId;
    }

    /** The one pass over the period's texts (lazy: the first action runs it). */
    private Dataset<Row> aggregate(SparkSession spark, Dataset<Row> names) {
        Dataset<Row> classified =
                TextValidation.classify(
                        InputSpread.overAllCores(source.read(spark, settings.period())),
                        settings.period());
        if (source.dropsRepeatedTexts()) {
            classified = RepeatedTexts.reject(classified);
        }
        // The same width SessionScope gave the session's shuffles.
        int partitions =
                settings.shufflePartitions() > 0
                        ? settings.shufflePartitions()
                        : 2 * spark.sparkContext().defaultParallelism();
        return PeriodAggregate.of(
                classified,
                JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .broadcast(knownBuildings(names)),
                settings.nlp(),
                CategoryDictionary.load(settings.nlp()),
                partitions);
    }

    /**
     * The period's keyword and building rows, cached; {@code counted} holds the rows each table
     * must receive (the trends add theirs), which the swap checks.
     */
    private record RankedPeriod(
            Dataset<Row> ranked,
            Dataset<Row> keywords,
            Dataset<Row> buildings,
            Map<String, Long> counted) {

        long keywordRows() {
            return counted.get(StagingSwapWriter.KEYWORDS);
        }

        StagingSwapWriter.Written expected() {
            return new StagingSwapWriter.Written(counted);
        }
    }

    private RankedPeriod rank(CachedDatasets cache, Dataset<Row> aggregate, PeriodCounts counts) {
        Dataset<Row> ranked =
                cache.keep(
                        KeywordRanking.rank(
                                aggregate,
                                counts.documents(),
                                settings.nlp().posTags(),
                                settings.distinctiveMinDocCount()));
        Dataset<Row> keywords = cache.keep(KeywordRanking.topK(ranked, settings.topK()));
        Dataset<Row> buildings =
                cache.keep(BuildingSummary.summarize(aggregate, ranked, settings.summaryTerms()));
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(StagingSwapWriter.KEYWORDS, keywords.count());
        rows.put(StagingSwapWriter.BUILDINGS.name(), buildings.count());
        return new RankedPeriod(ranked, keywords, buildings, rows);
    }

    /** Categories and trends against last month, cached and counted into the expected rows. */
    private MonthOverMonth.Result compare(
            SparkSession spark,
            CachedDatasets cache,
            Optional<PreviousMonth> previous,
            Dataset<Row> aggregate,
            RankedPeriod results) {
        MonthOverMonth.Result changes =
                MonthOverMonth.compute(
                        spark,
                        previous,
                        settings.period().type() == StatPeriod.Type.MONTH,
                        CategoryCounts.of(aggregate),
                        results.ranked(),
                        results.buildings(),
                        settings.trend());
        MonthOverMonth.Result cached =
                new MonthOverMonth.Result(
                        cache.keep(changes.categories()),
                        cache.keep(changes.terms()),
                        changes.previousLabel());
        results.counted().put(StagingSwapWriter.CATEGORIES.name(), cached.categories().count());
        results.counted().put(StagingSwapWriter.KEYWORD_TRENDS.name(), cached.terms().count());
        return cached;
    }

    private static Dataset<Row> previousBuildings(
            SparkSession spark, Optional<PreviousMonth> previous, RankedPeriod results) {
        return previous.map(p -> p.buildings(spark))
                .orElseGet(
                        () ->
                                results.buildings()
                                        .select(
                                                AnalysedColumns.BUILDING_ID,
                                                BuildingSummary.DOCUMENTS)
                                        .limit(0));
    }

    /**
     * The sinks: PostgreSQL's staging tables are loaded while the run's own report is written; once
     * both are complete and hold what the run counted, one transaction swaps the period's rows in,
     * and only then is the report published at the period's canonical key.
     */
    private void commit(
            long periodId,
            String runFolder,
            Dataset<Row> names,
            RankedPeriod results,
            MonthOverMonth.Result changes,
            ReportModel reportModel)
            throws Exception {
        Map<StagingSwapWriter.PeriodTable, Dataset<Row>> periodRows = new LinkedHashMap<>();
        periodRows.put(StagingSwapWriter.BUILDINGS, results.buildings());
        periodRows.put(StagingSwapWriter.CATEGORIES, changes.categories());
        periodRows.put(StagingSwapWriter.KEYWORD_TRENDS, changes.terms());
        periodRows.replaceAll((table, rows) -> withPeriod(rows, periodId, table.columns()));
        StageClock.Both<StagingSwapWriter.Staged, CsvReport.Written> prepared =
                clock.alongside(
                        "write-db",
                        () ->
                                writer.stage(
                                        periodId,
                                        stagingTag(periodId),
                                        withPeriod(
                                                results.keywords(),
                                                periodId,
                                                StagingSwapWriter.KEYWORD_COLUMNS),
                                        periodRows),
                        "write-report",
                        () -> writeReport(runFolder, names, results, changes, reportModel));
        try (StagingSwapWriter.Staged staged = prepared.main()) {
            requireWholeReport(prepared.side(), results);
            clock.time(
                    "swap",
                    () ->
                            staged.swap(
                                    results.expected(),
                                    swap -> {
                                        runs.markResultsSwapped(swap, settings.runId());
                                        fault.at(RunBoundary.MID_SWAP);
                                    }));
        }
        resultsSwapped = true;
        reportPublished =
                clock.time("publish-report", () -> publication.publish(periodId, settings.runId()));
    }

    /** The run's own report: the two CSV files, categories.csv and report.html. */
    private CsvReport.Written writeReport(
            String folder,
            Dataset<Row> names,
            RankedPeriod results,
            MonthOverMonth.Result changes,
            ReportModel reportModel)
            throws IOException {
        CsvReport.Written written =
                report.write(
                        folder, settings.period(), results.keywords(), results.buildings(), names);
        report.writeCategories(folder, settings.period(), changes.categories(), names);
        report.writeHtml(folder, reportModel);
        return written;
    }

    /** A report with other rows than the run counted must never become the period's report. */
    private static void requireWholeReport(CsvReport.Written report, RankedPeriod results) {
        Map<String, Long> counted = results.counted();
        if (report.keywordRecords() != results.keywordRows()
                || report.buildingRecords() != counted.get(StagingSwapWriter.BUILDINGS.name())) {
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
        return spark.read()
                .jdbc(db.url(), "stat_dimension", db.jdbcProperties())
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
}
