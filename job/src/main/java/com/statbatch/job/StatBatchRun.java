package com.statbatch.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.RunCounts;
import com.statbatch.job.analysis.AnalysedColumns;
import com.statbatch.job.analysis.BuildingSummary;
import com.statbatch.job.analysis.KeywordRanking;
import com.statbatch.job.analysis.PeriodAggregate;
import com.statbatch.job.report.CsvReport;
import com.statbatch.job.report.ReportPublisher;
import com.statbatch.job.report.ReportSink;
import com.statbatch.job.report.html.Highlights;
import com.statbatch.job.report.html.HtmlReport;
import com.statbatch.job.report.html.ReportModel;
import com.statbatch.job.report.html.ReportModelCollector;
import com.statbatch.job.run.BuildingPreview;
import com.statbatch.job.run.DryRun;
import com.statbatch.job.run.KeptDatasets;
import com.statbatch.job.run.PeriodCounts;
import com.statbatch.job.run.RunBookkeeping;
import com.statbatch.job.run.RunBoundary;
import com.statbatch.job.run.RunFailure;
import com.statbatch.job.run.RunFault;
import com.statbatch.job.run.RunMetrics;
import com.statbatch.job.run.RunSummary;
import com.statbatch.job.run.SessionScope;
import com.statbatch.job.run.StageClock;
import com.statbatch.job.sink.DatabaseSink;
import com.statbatch.job.sink.PeriodOutput;
import com.statbatch.job.sink.PeriodSink;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the job for one period, in the order of the README's flow: begin (master sync, the run
 * row, a report an earlier run left unpublished); read, analyse and aggregate in one pass; rank,
 * categories and trends on the aggregated result; every sink stages its part side by side
 * (PostgreSQL's staging tables, the run's own report), each checked against the run's counts, then
 * the sinks commit in order (the swap, then the report's publication); record the run and signal.
 * Any failure is recorded with its stage, signalled, and rethrown so the step fails; the datasets
 * it held are released either way. What is kept and written is the {@link RunBookkeeping}'s and the
 * {@link PeriodSink}s' business: a dry run is this flow with {@link DryRun} and no sink.
 */
public final class StatBatchRun {

    private static final Logger LOG = LoggerFactory.getLogger(StatBatchRun.class);
    private static final int PREVIEW_BUILDINGS = 20;

    private final JobSettings settings;
    private final DbSettings db;
    private final TextSource source;
    private final RunBookkeeping bookkeeping;
    private final List<PeriodSink> sinks;
    private final RunFault fault;
    private final StageClock clock;

    /** The sinks whose commit made this run's output the period's. */
    private final Set<String> committed = new HashSet<>();

    /**
     * @param db where the master table of building names is read
     * @param sinks in the order they commit: the results of record first
     */
    public StatBatchRun(
            JobSettings settings,
            DbSettings db,
            TextSource source,
            RunBookkeeping bookkeeping,
            List<PeriodSink> sinks,
            RunFault fault,
            StageClock clock) {
        this.settings = settings;
        this.db = db;
        this.source = source;
        this.bookkeeping = bookkeeping;
        this.sinks = List.copyOf(sinks);
        this.fault = fault;
        this.clock = clock;
    }

    public RunSummary execute(SparkSession spark) throws Exception {
        StatPeriod period = settings.period();
        SessionScope session = SessionScope.forRun(spark, settings);
        clock.onStage(session::describe);
        committed.clear();
        try (KeptDatasets kept = new KeptDatasets()) {
            long periodId = bookkeeping.begin();
            AnalysedPeriod analysed = clock.time("read-analyse", () -> analyse(spark, kept));
            Dataset<Row> names = analysed.names();
            PeriodCounts counts = analysed.counts();
            LOG.info("Period {}: {}", period.label(), counts);
            RankedPeriod results =
                    clock.time("aggregate", () -> rank(kept, analysed.aggregate(), counts));
            Optional<PreviousMonth.Rows> previous =
                    clock.time(
                            "trends",
                            () ->
                                    bookkeeping
                                            .previousMonth()
                                            .map(p -> p.read(spark, kept::checkpoint)));
            MonthOverMonth.Result changes =
                    clock.time(
                            "trends",
                            () -> compare(spark, kept, previous, analysed.aggregate(), results));
            ReportModel reportModel =
                    clock.time(
                            "report-model",
                            () ->
                                    ReportModelCollector.collect(
                                            period,
                                            results.buildings(),
                                            names,
                                            previousBuildings(previous, results),
                                            results.keywords(),
                                            results.ranked(),
                                            changes,
                                            new TrendClassifier(settings.trend())));
            List<BuildingPreview> preview = busiest(results.buildings(), names);

            String runFolder =
                    ReportPublisher.runFolder(settings.reportPrefix(), period, settings.runId());
            String canonical = CsvReport.folder(settings.reportPrefix(), period);
            fault.at(RunBoundary.AFTER_READ);
            commit(output(periodId, runFolder, names, results, changes, reportModel));
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
            bookkeeping.recordSucceeded(runCounts);
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
                            sinks.isEmpty());
            RunMetrics.succeeded(summary);
            fault.at(RunBoundary.BEFORE_NOTIFICATION);
            bookkeeping.signalSucceeded(summary);
            fault.at(RunBoundary.AFTER_NOTIFICATION);
            return summary;
        } catch (Exception e) {
            RunFailure failure =
                    new RunFailure(
                            settings.runId(),
                            period,
                            clock.currentStage(),
                            e,
                            committed.contains(DatabaseSink.NAME),
                            committed.contains(ReportSink.NAME));
            RunMetrics.failed(failure, clock.times(), clock.total());
            bookkeeping.failed(failure);
            throw e;
        } finally {
            session.close();
        }
    }

    /** The period's aggregate from its one pass, the buildings' names, and the counts of both. */
    private record AnalysedPeriod(
            Dataset<Row> names, Dataset<Row> aggregate, PeriodCounts counts) {}

    private AnalysedPeriod analyse(SparkSession spark, KeptDatasets kept) {
        Dataset<Row> names = kept.checkpoint(readBuildingNames(spark));
        Dataset<Row> aggregate = kept.cache(aggregate(spark, names));
        return new AnalysedPeriod(names, aggregate, PeriodCounts.of(aggregate));
    }

    /** The one pass over the period's texts. */
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
     * The period's keyword and building rows, checkpointed; {@code counted} holds the rows each
     * table must receive (the trends add theirs), which the swap checks.
     */
    private record RankedPeriod(
            Dataset<Row> ranked,
            Dataset<Row> keywords,
            Dataset<Row> buildings,
            Map<String, Long> counted) {

        long keywordRows() {
            return counted.get(StagingSwapWriter.KEYWORDS);
        }
    }

    private RankedPeriod rank(KeptDatasets kept, Dataset<Row> aggregate, PeriodCounts counts) {
        Dataset<Row> ranked =
                kept.checkpoint(
                        KeywordRanking.rank(
                                aggregate,
                                counts.documents(),
                                settings.nlp().posTags(),
                                settings.distinctiveMinDocCount()));
        Dataset<Row> keywords = kept.checkpoint(KeywordRanking.topK(ranked, settings.topK()));
        Dataset<Row> buildings =
                kept.checkpoint(
                        BuildingSummary.summarize(aggregate, ranked, settings.summaryTerms()));
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(StagingSwapWriter.KEYWORDS, keywords.count());
        rows.put(StagingSwapWriter.BUILDINGS.name(), buildings.count());
        return new RankedPeriod(ranked, keywords, buildings, rows);
    }

    /**
     * Categories and trends against last month, checkpointed and counted into the expected rows.
     */
    private MonthOverMonth.Result compare(
            SparkSession spark,
            KeptDatasets kept,
            Optional<PreviousMonth.Rows> previous,
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
        MonthOverMonth.Result result =
                new MonthOverMonth.Result(
                        kept.checkpoint(changes.categories()),
                        kept.checkpoint(changes.terms()),
                        changes.previousLabel());
        results.counted().put(StagingSwapWriter.CATEGORIES.name(), result.categories().count());
        results.counted().put(StagingSwapWriter.KEYWORD_TRENDS.name(), result.terms().count());
        return result;
    }

    private static Dataset<Row> previousBuildings(
            Optional<PreviousMonth.Rows> previous, RankedPeriod results) {
        return previous.map(PreviousMonth.Rows::buildings)
                .orElseGet(
                        () ->
                                results.buildings()
                                        .select(
                                                AnalysedColumns.BUILDING_ID,
                                                BuildingSummary.DOCUMENTS)
                                        .limit(0));
    }

    /** What the sinks receive: each table's rows with the period's id, and what they must hold. */
    private static PeriodOutput output(
            long periodId,
            String runFolder,
            Dataset<Row> names,
            RankedPeriod results,
            MonthOverMonth.Result changes,
            ReportModel reportModel) {
        Map<StagingSwapWriter.PeriodTable, Dataset<Row>> periodRows = new LinkedHashMap<>();
        periodRows.put(StagingSwapWriter.BUILDINGS, results.buildings());
        periodRows.put(StagingSwapWriter.CATEGORIES, changes.categories());
        periodRows.put(StagingSwapWriter.KEYWORD_TRENDS, changes.terms());
        periodRows.replaceAll((table, rows) -> withPeriod(rows, periodId, table.columns()));
        return new PeriodOutput(
                periodId,
                withPeriod(results.keywords(), periodId, StagingSwapWriter.KEYWORD_COLUMNS),
                periodRows,
                names,
                reportModel,
                runFolder,
                results.counted());
    }

    /**
     * Every sink stages its part side by side; once all are staged and each holds what the run
     * counted, they commit in order, so the report is published only after the tables are swapped.
     * What was staged and not committed is removed.
     */
    private void commit(PeriodOutput output) throws Exception {
        List<PeriodSink.Staged> staged =
                clock.together(
                        sinks.stream()
                                .map(
                                        sink ->
                                                new StageClock.Parallel<>(
                                                        sink.name(), () -> counted(sink, output)))
                                .toList());
        try {
            for (int i = 0; i < staged.size(); i++) {
                PeriodSink sink = sinks.get(i);
                if (clock.time(sink.commitStage(), staged.get(i)::commit)) {
                    committed.add(sink.name());
                }
            }
        } finally {
            staged.forEach(PeriodSink.Staged::close);
        }
    }

    /**
     * The sink's staged output, if it holds as many rows of each table as the run counted: other
     * rows must never become the period's.
     */
    private static PeriodSink.Staged counted(PeriodSink sink, PeriodOutput output)
            throws Exception {
        PeriodSink.Staged staged = sink.stage(output);
        Map<String, Long> written = staged.written();
        for (Map.Entry<String, Long> table : written.entrySet()) {
            if (!table.getValue().equals(output.counted().get(table.getKey()))) {
                staged.close();
                throw new IllegalStateException(
                        sink.name()
                                + " wrote "
                                + written
                                + " but the run counted "
                                + output.counted()
                                + "; refusing to commit the period (a lost or repeated task, or a"
                                + " building missing from stat_dimension, which loses its rows in"
                                + " the report's join; rerun the period)");
            }
        }
        return staged;
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
}
