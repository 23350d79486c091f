package com.statbatch.job.report;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.analysis.AnalysedColumns;
import com.statbatch.job.analysis.BuildingSummary;
import com.statbatch.job.analysis.KeywordRanking;
import com.statbatch.job.report.html.HtmlReport;
import com.statbatch.job.report.html.ReportModel;
import com.statbatch.job.trend.CategoryCounts;
import com.statbatch.job.trend.MonthOverMonth;
import com.statbatch.job.trend.TrendColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The period's report: {@code <prefix>/stat/<first day>_<last day>/building_keywords.csv} and
 * {@code buildings.csv}, with building names, ordered by building and rank.
 */
public final class CsvReport {

    public static final String KEYWORDS_FILE = "building_keywords.csv";
    public static final String BUILDINGS_FILE = "buildings.csv";
    public static final String CATEGORIES_FILE = "categories.csv";

    static final List<String> CATEGORY_HEADER =
            List.of(
                    "period_start",
                    "period_end",
                    "building_id",
                    "building_name",
                    "category",
                    "documents",
                    "share",
                    "portfolio_share",
                    "previous_documents",
                    "previous_share",
                    "trend_status");

    static final List<String> KEYWORD_HEADER =
            List.of(
                    "period_start",
                    "period_end",
                    "building_id",
                    "building_name",
                    "rank",
                    "term",
                    "pos",
                    "term_freq",
                    "doc_freq",
                    "bg_doc_freq",
                    "score",
                    "distinctive_rank");
    static final List<String> BUILDING_HEADER =
            List.of(
                    "period_start",
                    "period_end",
                    "building_id",
                    "building_name",
                    "documents",
                    "empty_documents",
                    "tokens",
                    "distinct_terms",
                    "top_terms",
                    "distinctive_terms");

    private final ReportFileWriter files;
    private final HtmlReport html = new HtmlReport();

    public CsvReport(ReportFileWriter files) {
        this.files = files;
    }

    /** Where a period's report goes under a prefix (trailing slashes ignored). */
    public static String folder(String prefix, StatPeriod period) {
        return prefix.replaceAll("/+$", "") + "/stat/" + period.reportKey();
    }

    /**
     * Writes report.html into {@code folder} next to the CSV files, through the same atomic writer;
     * returns its URI.
     */
    public String writeHtml(String folder, ReportModel model) throws IOException {
        String uri = folder + "/" + HtmlReport.FILE;
        files.writeText(uri, html.render(model));
        return uri;
    }

    /**
     * Writes categories.csv: per building and category the documents, shares and the trend against
     * last month (empty without one); returns how many records it holds.
     *
     * @param categories {@link MonthOverMonth.Result#categories()}
     */
    public long writeCategories(
            String folder, StatPeriod period, Dataset<Row> categories, Dataset<Row> names)
            throws IOException {
        String uri = folder + "/" + CATEGORIES_FILE;
        Dataset<Row> rows =
                inOrder(
                                categories.join(broadcast(names), AnalysedColumns.BUILDING_ID),
                                col(AnalysedColumns.BUILDING_ID),
                                col(TrendColumns.DOCUMENTS).desc(),
                                col(CategoryCounts.CATEGORY))
                        .select(
                                lit(period.start().toString()),
                                lit(period.lastDay().toString()),
                                col(AnalysedColumns.BUILDING_ID),
                                col("name"),
                                col(CategoryCounts.CATEGORY),
                                col(TrendColumns.DOCUMENTS),
                                col(TrendColumns.SHARE).cast(DataTypes.createDecimalType(9, 6)),
                                col(MonthOverMonth.PORTFOLIO_SHARE)
                                        .cast(DataTypes.createDecimalType(9, 6)),
                                col(TrendColumns.PREVIOUS_DOCUMENTS),
                                col(TrendColumns.PREVIOUS_SHARE)
                                        .cast(DataTypes.createDecimalType(9, 6)),
                                col(TrendColumns.STATUS));
        return writeFile(uri, CATEGORY_HEADER, rows);
    }

    /** The report's two files and how many records each holds. */
    public record Written(
            String keywordsUri, long keywordRecords, String buildingsUri, long buildingRecords) {}

    /**
     * Writes both files into {@code folder}; the records are formatted in parallel on the executors
     * and streamed to the destination in order.
     *
     * @param folder where the files go (a run's own folder, {@link ReportPublisher#runFolder})
     * @param keywords {@link KeywordRanking#topK} output
     * @param buildings {@link BuildingSummary} output
     * @param names building_id, name
     */
    public Written write(
            String folder,
            StatPeriod period,
            Dataset<Row> keywords,
            Dataset<Row> buildings,
            Dataset<Row> names)
            throws IOException {
        Column start = lit(period.start().toString());
        Column end = lit(period.lastDay().toString());
        Dataset<Row> keywordRows =
                inOrder(
                                keywords.join(broadcast(names), AnalysedColumns.BUILDING_ID),
                                col(AnalysedColumns.BUILDING_ID),
                                col(KeywordRanking.RANK))
                        .select(
                                start,
                                end,
                                col(AnalysedColumns.BUILDING_ID),
                                col("name"),
                                col(KeywordRanking.RANK),
                                col(KeywordRanking.TERM),
                                col(KeywordRanking.POS),
                                col(KeywordRanking.TERM_FREQ),
                                col(KeywordRanking.DOC_FREQ),
                                col(KeywordRanking.BG_DOC_FREQ),
                                col(KeywordRanking.SCORE).cast(DataTypes.createDecimalType(18, 6)),
                                col(KeywordRanking.DISTINCTIVE_RANK));
        Dataset<Row> buildingRows =
                inOrder(
                                buildings.join(broadcast(names), AnalysedColumns.BUILDING_ID),
                                col(AnalysedColumns.BUILDING_ID))
                        .select(
                                start,
                                end,
                                col(AnalysedColumns.BUILDING_ID),
                                col("name"),
                                col(BuildingSummary.DOCUMENTS),
                                col(BuildingSummary.EMPTY_DOCUMENTS),
                                col(BuildingSummary.TOKENS),
                                col(BuildingSummary.DISTINCT_TERMS),
                                col(BuildingSummary.TOP_TERMS),
                                col(BuildingSummary.DISTINCTIVE_TERMS));
        String keywordsUri = folder + "/" + KEYWORDS_FILE;
        String buildingsUri = folder + "/" + BUILDINGS_FILE;
        long keywordRecords = writeFile(keywordsUri, KEYWORD_HEADER, keywordRows);
        long buildingRecords = writeFile(buildingsUri, BUILDING_HEADER, buildingRows);
        return new Written(keywordsUri, keywordRecords, buildingsUri, buildingRecords);
    }

    /**
     * The rows sorted in one partition. A report has rows per building, not per text, so one task
     * sorts it easily (spilling if it must), and a small month is spared a global sort's sampling
     * job and shuffle, which cost more than the sorting.
     */
    private static Dataset<Row> inOrder(Dataset<Row> rows, Column... order) {
        return rows.coalesce(1).sortWithinPartitions(order);
    }

    private long writeFile(String destination, List<String> header, Dataset<Row> rows)
            throws IOException {
        return files.write(
                destination,
                out -> {
                    StringBuilder head = new StringBuilder(CsvFormat.BOM);
                    CsvFormat.appendRecord(head, header.toArray());
                    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                    return CsvChunks.write(rows, out);
                });
    }
}
