package com.statbatch.job.report.html;

import static org.apache.spark.sql.functions.col;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.analysis.AnalysedColumns;
import com.statbatch.job.analysis.BuildingSummary;
import com.statbatch.job.analysis.KeywordRanking;
import com.statbatch.job.trend.CategoryCounts;
import com.statbatch.job.trend.DocumentShare;
import com.statbatch.job.trend.MonthOverMonth;
import com.statbatch.job.trend.Trend;
import com.statbatch.job.trend.TrendClassifier;
import com.statbatch.job.trend.TrendColumns;
import com.statbatch.job.trend.TrendStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Collects what report.html shows from the period's results onto the driver: per building its
 * documents, categories, top terms, most distinctive terms and term trends; for the portfolio its
 * categories with their trend (the same two-proportion test on the portfolio's totals).
 */
public final class ReportModelCollector {

    /** Terms per chart. */
    public static final int CHART_TERMS = 10;

    private ReportModelCollector() {}

    /**
     * @param buildings {@link BuildingSummary} output
     * @param names building_id, name
     * @param previousBuildings building_id, documents of last month (empty without one)
     * @param keywords the kept keywords with rank
     * @param ranked every term with its distinctive score and rank, for the distinctive chart
     */
    public static ReportModel collect(
            StatPeriod period,
            Dataset<Row> buildings,
            Dataset<Row> names,
            Dataset<Row> previousBuildings,
            Dataset<Row> keywords,
            Dataset<Row> ranked,
            MonthOverMonth.Result result,
            TrendClassifier classifier) {
        String id = AnalysedColumns.BUILDING_ID;
        Map<Long, Long> before = new HashMap<>();
        previousBuildings.collectAsList().forEach(r -> before.put(r.getLong(0), r.getLong(1)));
        Map<Long, List<TrendLine>> categories = new HashMap<>();
        Map<String, long[]> portfolio = new LinkedHashMap<>();
        for (Row r :
                sorted(
                        result.categories(),
                        Comparator.comparing((Row r) -> r.<Long>getAs(TrendColumns.DOCUMENTS))
                                .reversed()
                                .thenComparing(r -> r.<String>getAs(CategoryCounts.CATEGORY)))) {
            TrendLine line = line(r, CategoryCounts.CATEGORY);
            categories
                    .computeIfAbsent(r.getLong(r.fieldIndex(id)), k -> new ArrayList<>())
                    .add(line);
            long[] totals = portfolio.computeIfAbsent(line.label(), k -> new long[2]);
            totals[0] += line.documents();
            totals[1] += line.previousDocuments() == null ? 0 : line.previousDocuments();
        }
        Map<Long, List<TrendLine>> trends = new HashMap<>();
        for (Row r :
                sorted(
                        result.terms().where(col(TrendColumns.STATUS).isNotNull()),
                        Comparator.comparing((Row r) -> r.<Double>getAs(TrendColumns.Z))
                                .reversed()
                                .thenComparing(r -> r.<String>getAs(KeywordRanking.TERM)))) {
            trends.computeIfAbsent(r.getLong(r.fieldIndex(id)), k -> new ArrayList<>())
                    .add(line(r, KeywordRanking.TERM));
        }
        Map<Long, List<TermValue>> top =
                terms(
                        keywords.where(col(KeywordRanking.RANK).leq(CHART_TERMS)),
                        KeywordRanking.RANK,
                        KeywordRanking.TERM_FREQ);
        Map<Long, List<TermValue>> distinctive =
                terms(
                        ranked.where(col(KeywordRanking.DISTINCTIVE_RANK).leq(CHART_TERMS)),
                        KeywordRanking.DISTINCTIVE_RANK,
                        KeywordRanking.SCORE);

        List<BuildingReport> reports = new ArrayList<>();
        long documents = 0;
        for (Row r :
                sorted(
                        buildings
                                .join(names, new String[] {id}, "left")
                                .select(col(id), col("name"), col(BuildingSummary.DOCUMENTS)),
                        Comparator.comparingLong((Row r) -> r.getLong(2))
                                .reversed()
                                .thenComparingLong(r -> r.getLong(0)))) {
            long building = r.getLong(0);
            long docs = r.getLong(2);
            documents += docs;
            reports.add(
                    new BuildingReport(
                            building,
                            r.isNullAt(1) ? String.valueOf(building) : r.getString(1),
                            docs,
                            before.get(building),
                            categories.getOrDefault(building, List.of()),
                            top.getOrDefault(building, List.of()),
                            distinctive.getOrDefault(building, List.of()),
                            trends.getOrDefault(building, List.of())));
        }
        long documentsBefore = before.values().stream().mapToLong(Long::longValue).sum();
        boolean hasPrevious = result.previousLabel() != null;
        long total = documents;
        List<TrendLine> portfolioLines =
                portfolio.entrySet().stream()
                        .map(
                                e -> {
                                    long now = e.getValue()[0];
                                    long then = e.getValue()[1];
                                    TrendStatus status =
                                            hasPrevious
                                                    ? classifier
                                                            .classify(
                                                                    new DocumentShare(now, total),
                                                                    new DocumentShare(
                                                                            then, documentsBefore))
                                                            .map(Trend::status)
                                                            .orElse(null)
                                                    : null;
                                    return new TrendLine(
                                            e.getKey(),
                                            now,
                                            total == 0 ? 0.0 : (double) now / total,
                                            hasPrevious ? then : null,
                                            hasPrevious && documentsBefore > 0
                                                    ? (double) then / documentsBefore
                                                    : null,
                                            status);
                                })
                        .sorted(Comparator.comparingLong(TrendLine::documents).reversed())
                        .toList();
        return new ReportModel(
                period.label(),
                period.start(),
                period.lastDay(),
                result.previousLabel(),
                documents,
                portfolioLines,
                reports);
    }

    private static TrendLine line(Row r, String key) {
        String status = r.getAs(TrendColumns.STATUS);
        return new TrendLine(
                r.getAs(key),
                r.<Long>getAs(TrendColumns.DOCUMENTS),
                r.<Double>getAs(TrendColumns.SHARE),
                r.getAs(TrendColumns.PREVIOUS_DOCUMENTS),
                r.getAs(TrendColumns.PREVIOUS_SHARE),
                status == null ? null : TrendStatus.valueOf(status));
    }

    /**
     * Collected, then ordered on the driver: the rows are few, and ordering them in Spark would
     * cost a sampling job and a sort job per list.
     */
    private static List<Row> sorted(Dataset<Row> rows, Comparator<Row> order) {
        List<Row> collected = new ArrayList<>(rows.collectAsList());
        collected.sort(order);
        return collected;
    }

    /** Per building, its terms in {@code order} (a rank), each with {@code value}. */
    private static Map<Long, List<TermValue>> terms(Dataset<Row> rows, String order, String value) {
        Map<Long, List<TermValue>> terms = new HashMap<>();
        for (Row r :
                sorted(
                        rows.select(
                                col(AnalysedColumns.BUILDING_ID),
                                col(KeywordRanking.TERM),
                                col(value).cast("double"),
                                col(order)),
                        Comparator.comparingLong((Row r) -> r.getLong(0))
                                .thenComparingInt(r -> r.getInt(3)))) {
            terms.computeIfAbsent(r.getLong(0), k -> new ArrayList<>())
                    .add(new TermValue(r.getString(1), r.getDouble(2)));
        }
        return terms;
    }
}
