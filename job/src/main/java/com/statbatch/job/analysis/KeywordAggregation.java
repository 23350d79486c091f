package com.statbatch.job.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Per (building, term, pos): term frequency, document frequency, TF-IDF against the period's other
 * buildings, and rank. Input: documents with building_id and keywords (per-document counts).
 *
 * <p>TF-IDF treats each building as one document: tf = term_freq / tokens of the building; idf =
 * ln((1 + B) / (1 + b)) + 1, where B is the number of buildings with texts in the period and b
 * those whose texts contain the term. Rank orders by term_freq, then doc_freq, descending, then
 * term and pos, so it is total and the output deterministic.
 */
public final class KeywordAggregation {

    public static final String TERM = "term";
    public static final String POS = "pos";
    public static final String TERM_FREQ = "term_freq";
    public static final String DOC_FREQ = "doc_freq";
    public static final String TFIDF = "tfidf";
    public static final String RANK = "rank";

    private KeywordAggregation() {}

    /**
     * Every term of every building, ranked; see the class comment for the formulas.
     *
     * @param periodBuildings B: the buildings with texts in the period (known from the document
     *     counts, so no extra pass over the documents is needed)
     */
    public static Dataset<Row> rank(Dataset<Row> documents, long periodBuildings) {
        Column building = col(AnalysedColumns.BUILDING_ID);
        Dataset<Row> termCounts =
                documents
                        .select(building, explode(col(AnalysedColumns.KEYWORDS)).as("k"))
                        .select(
                                building,
                                col("k.term").as(TERM),
                                col("k.pos").as(POS),
                                col("k.count").as("n"))
                        // Keywords arrive counted per document, so each row here is one document.
                        .groupBy(building, col(TERM), col(POS))
                        .agg(sum("n").cast("bigint").as(TERM_FREQ), count(lit(1)).as(DOC_FREQ));

        // Windows instead of joins: one shuffle by term for the spread, one by building for the
        // rest.
        Column buildingsWithTerm = count(lit(1)).over(Window.partitionBy(TERM, POS));
        Column buildingTokens = sum(TERM_FREQ).over(Window.partitionBy(building));
        Column idf =
                log(lit(1.0 + periodBuildings).divide(lit(1.0).plus(col("buildings_with_term"))))
                        .plus(lit(1.0));
        var byRank =
                Window.partitionBy(building)
                        .orderBy(
                                col(TERM_FREQ).desc(),
                                col(DOC_FREQ).desc(),
                                col(TERM).asc(),
                                col(POS).asc());

        return termCounts
                .withColumn("buildings_with_term", buildingsWithTerm)
                .withColumn("building_tokens", buildingTokens)
                .select(
                        building,
                        col(TERM),
                        col(POS),
                        col(TERM_FREQ),
                        col(DOC_FREQ),
                        col(TERM_FREQ).divide(col("building_tokens")).multiply(idf).as(TFIDF))
                .withColumn(RANK, row_number().over(byRank));
    }

    /** The first {@code k} terms of each building by rank; 0 keeps all. */
    public static Dataset<Row> topK(Dataset<Row> ranked, int k) {
        if (k < 0) {
            throw new IllegalArgumentException(
                    "analysis.top-k = " + k + " must be 0 (all) or positive");
        }
        return k == 0 ? ranked : ranked.where(col(RANK).leq(k));
    }
}
