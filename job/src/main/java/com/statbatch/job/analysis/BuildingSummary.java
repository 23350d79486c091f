package com.statbatch.job.analysis;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per building: documents (every text of the period, empty ones included), documents without a
 * keyword, keyword tokens, distinct terms and the top terms as text ("관리비, 누수, 주차장").
 */
public final class BuildingSummary {

    public static final String DOCUMENTS = "documents";
    public static final String EMPTY_DOCUMENTS = "empty_documents";
    public static final String TOKENS = "tokens";
    public static final String DISTINCT_TERMS = "distinct_terms";
    public static final String TOP_TERMS = "top_terms";

    private BuildingSummary() {}

    /**
     * @param documents building_id and keywords per document
     * @param ranked {@link KeywordAggregation#rank} of the same documents (all terms, not cut to
     *     top-K)
     * @param topTerms how many terms to list in top_terms
     */
    public static Dataset<Row> summarize(
            Dataset<Row> documents, Dataset<Row> ranked, int topTerms) {
        Dataset<Row> perDocument =
                documents
                        .groupBy(AnalysedColumns.BUILDING_ID)
                        .agg(
                                count(lit(1)).as(DOCUMENTS),
                                sum(when(
                                                        expr(
                                                                "coalesce(size("
                                                                        + AnalysedColumns.KEYWORDS
                                                                        + "), 0) <= 0"),
                                                        1)
                                                .otherwise(0))
                                        .cast("bigint")
                                        .as(EMPTY_DOCUMENTS));
        Dataset<Row> perTerm =
                ranked.groupBy(AnalysedColumns.BUILDING_ID)
                        .agg(
                                sum(KeywordAggregation.TERM_FREQ).cast("bigint").as(TOKENS),
                                count(lit(1)).as(DISTINCT_TERMS),
                                expr("concat_ws(', ', transform(array_sort(collect_list(if("
                                                + KeywordAggregation.RANK
                                                + " <= "
                                                + topTerms
                                                + ", struct("
                                                + KeywordAggregation.RANK
                                                + ", "
                                                + KeywordAggregation.TERM
                                                + "), null))), t -> t."
                                                + KeywordAggregation.TERM
                                                + "))")
                                        .as(TOP_TERMS));
        return perDocument
                .join(
                        perTerm,
                        perDocument
                                .col(AnalysedColumns.BUILDING_ID)
                                .equalTo(perTerm.col(AnalysedColumns.BUILDING_ID)),
                        "left")
                .select(
                        perDocument.col(AnalysedColumns.BUILDING_ID),
                        col(DOCUMENTS),
                        col(EMPTY_DOCUMENTS),
                        coalesce(col(TOKENS), lit(0L)).as(TOKENS),
                        coalesce(col(DISTINCT_TERMS), lit(0L)).as(DISTINCT_TERMS),
                        coalesce(col(TOP_TERMS), lit("")).as(TOP_TERMS));
    }
}
