package com.statbatch.job.analysis;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per building: documents (every text of the period, empty ones included), documents without a
 * keyword, keyword tokens, distinct terms, and two term lists as text ("관리비, 누수, 주차장"): top_terms
 * by rank (most said) and distinctive_terms by distinctive rank (what is special here; empty when
 * nothing stands out).
 */
public final class BuildingSummary {

    public static final String DOCUMENTS = "documents";
    public static final String EMPTY_DOCUMENTS = "empty_documents";
    public static final String TOKENS = "tokens";
    public static final String DISTINCT_TERMS = "distinct_terms";
    public static final String TOP_TERMS = "top_terms";
    public static final String DISTINCTIVE_TERMS = "distinctive_terms";

    private BuildingSummary() {}

    /**
     * @param aggregate {@link PeriodAggregate} output (its building rows are read)
     * @param ranked {@link KeywordRanking#rank} of the same aggregate (all terms, not cut to top-K)
     * @param listed how many terms each list names
     */
    public static Dataset<Row> summarize(Dataset<Row> aggregate, Dataset<Row> ranked, int listed) {
        Dataset<Row> perBuilding =
                PeriodAggregate.ofKind(aggregate, PartialColumns.BUILDING)
                        .select(
                                col(AnalysedColumns.BUILDING_ID),
                                col(PartialColumns.DOCUMENTS).as(DOCUMENTS),
                                col(PartialColumns.EMPTY).as(EMPTY_DOCUMENTS),
                                col(PartialColumns.OCCURRENCES).as(TOKENS));
        Dataset<Row> perTerm =
                ranked.groupBy(col(AnalysedColumns.BUILDING_ID).as("ranked_building"))
                        .agg(
                                count(lit(1)).as(DISTINCT_TERMS),
                                termList(KeywordRanking.RANK, listed).as(TOP_TERMS),
                                termList(KeywordRanking.DISTINCTIVE_RANK, listed)
                                        .as(DISTINCTIVE_TERMS));
        return perBuilding
                .join(
                        perTerm,
                        col(AnalysedColumns.BUILDING_ID).equalTo(col("ranked_building")),
                        "left")
                .select(
                        col(AnalysedColumns.BUILDING_ID),
                        col(DOCUMENTS),
                        col(EMPTY_DOCUMENTS),
                        col(TOKENS),
                        coalesce(col(DISTINCT_TERMS), lit(0L)).as(DISTINCT_TERMS),
                        coalesce(col(TOP_TERMS), lit("")).as(TOP_TERMS),
                        coalesce(col(DISTINCTIVE_TERMS), lit("")).as(DISTINCTIVE_TERMS));
    }

    /** The terms whose rank is 1..listed, in rank order, joined by ", ". */
    private static Column termList(String rank, int listed) {
        return expr(
                "concat_ws(', ', transform(array_sort(collect_list(if("
                        + rank
                        + " <= "
                        + listed
                        + ", struct("
                        + rank
                        + ", "
                        + KeywordRanking.TERM
                        + "), null))), t -> t."
                        + KeywordRanking.TERM
                        + "))");
    }
}
