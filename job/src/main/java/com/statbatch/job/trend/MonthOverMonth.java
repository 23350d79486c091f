package com.statbatch.job.trend;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.statbatch.job.analysis.AnalysedColumns;
import com.statbatch.job.analysis.BuildingSummary;
import com.statbatch.job.analysis.KeywordRanking;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * This period's categories and trends: per (building, category) the documents, their share of the
 * building's and of the portfolio's documents, and the trend against last month; per (building,
 * term) the trend rows of stat_keyword_trend. Terms get trends only in calendar months (a custom
 * range has no "last month"); categories are counted in every period.
 */
public final class MonthOverMonth {

    /**
     * @param categories building_id, category, {@link TrendColumns}, portfolio_documents,
     *     portfolio_share
     * @param terms building_id, term, {@link TrendColumns}; empty for a custom range
     * @param previousLabel the month compared with, or null
     */
    public record Result(Dataset<Row> categories, Dataset<Row> terms, String previousLabel) {}

    public static final String PORTFOLIO_DOCUMENTS = "portfolio_documents";
    public static final String PORTFOLIO_SHARE = "portfolio_share";

    private MonthOverMonth() {}

    /**
     * @param categoryCounts {@link CategoryCounts#of} output
     * @param ranked {@link KeywordRanking#rank} output (every term, not only the top-K)
     * @param buildings {@link BuildingSummary} output
     */
    public static Result compute(
            SparkSession spark,
            Optional<PreviousMonth.Rows> previous,
            boolean monthly,
            Dataset<Row> categoryCounts,
            Dataset<Row> ranked,
            Dataset<Row> buildings,
            TrendSettings settings) {
        String id = AnalysedColumns.BUILDING_ID;
        Dataset<Row> buildingsNow =
                buildings.select(
                        col(id), col(BuildingSummary.DOCUMENTS).as(TrendColumns.DOCUMENTS));
        Dataset<Row> buildingsBefore =
                previous.map(PreviousMonth.Rows::buildings).orElseGet(() -> empty(spark, null));
        Row total = buildings.agg(sum(BuildingSummary.DOCUMENTS)).first();
        long portfolioDocuments = total.isNullAt(0) ? 0 : total.getLong(0);

        Dataset<Row> categories =
                TrendRows.compute(
                                CategoryCounts.CATEGORY,
                                categoryCounts,
                                buildingsNow,
                                previous.map(PreviousMonth.Rows::categories)
                                        .orElseGet(() -> empty(spark, CategoryCounts.CATEGORY)),
                                buildingsBefore,
                                true,
                                1,
                                settings)
                        .withColumn(
                                PORTFOLIO_DOCUMENTS,
                                sum(TrendColumns.DOCUMENTS)
                                        .over(Window.partitionBy(CategoryCounts.CATEGORY)))
                        .withColumn(
                                PORTFOLIO_SHARE,
                                col(PORTFOLIO_DOCUMENTS)
                                        .divide(lit(Math.max(1, portfolioDocuments))));
        Dataset<Row> termDocuments =
                monthly
                        ? ranked.select(
                                col(id),
                                col(KeywordRanking.TERM),
                                col(KeywordRanking.DOC_FREQ).as(TrendColumns.DOCUMENTS))
                        : empty(spark, KeywordRanking.TERM);
        Dataset<Row> terms =
                TrendRows.compute(
                        KeywordRanking.TERM,
                        termDocuments,
                        buildingsNow,
                        previous.map(PreviousMonth.Rows::terms)
                                .orElseGet(() -> empty(spark, KeywordRanking.TERM)),
                        buildingsBefore,
                        false,
                        settings.minDocuments(),
                        settings);
        // Not checkpointed here: the run keeps what it reads more than once.
        return new Result(categories, terms, previous.map(PreviousMonth.Rows::label).orElse(null));
    }

    /** An empty count table: building_id, [key,] documents. */
    private static Dataset<Row> empty(SparkSession spark, String key) {
        StructType schema = new StructType().add(AnalysedColumns.BUILDING_ID, DataTypes.LongType);
        if (key != null) {
            schema = schema.add(key, DataTypes.StringType);
        }
        return spark.createDataFrame(
                List.<Row>of(), schema.add(TrendColumns.DOCUMENTS, DataTypes.LongType));
    }
}
