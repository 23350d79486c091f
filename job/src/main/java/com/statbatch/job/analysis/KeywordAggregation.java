package com.statbatch.job.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import scala.collection.JavaConverters;

/**
 * Per (building, term, pos): term frequency, document frequency, TF-IDF against the period's other
 * buildings, and rank. Input: documents with building_id and keywords (per-document counts).
 *
 * <p>TF-IDF treats each building as one document: tf = term_freq / tokens of the building;
 * idf = ln((1 + B) / (1 + b)) + 1, where B is the number of buildings with texts in the period and
 * b those whose texts contain the term. Rank orders by term_freq, then doc_freq, descending, then
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

    /** Every term of every building, ranked; see the class comment for the formulas. */
    public static Dataset<Row> rank(Dataset<Row> documents) {
        Column building = col(AnalysedColumns.BUILDING_ID);
        Dataset<Row> termCounts = documents
                .select(building, explode(col(AnalysedColumns.KEYWORDS)).as("k"))
                .select(building, col("k.term").as(TERM), col("k.pos").as(POS), col("k.count").as("n"))
                // Keywords arrive counted per document, so each row here is one document.
                .groupBy(building, col(TERM), col(POS))
                .agg(sum("n").cast("bigint").as(TERM_FREQ), count(lit(1)).as(DOC_FREQ));

        Dataset<Row> tokens = termCounts.groupBy(building).agg(sum(TERM_FREQ).as("building_tokens"));
        Dataset<Row> spread = termCounts.groupBy(TERM, POS).agg(count(lit(1)).as("buildings_with_term"));
        Dataset<Row> periodBuildings = documents.agg(countDistinct(building).as("period_buildings"));

        Column idf = log(lit(1.0).plus(col("period_buildings")).divide(lit(1.0).plus(col("buildings_with_term"))))
                .plus(lit(1.0));
        Column tf = col(TERM_FREQ).divide(col("building_tokens"));
        var byRank = Window.partitionBy(building)
                .orderBy(col(TERM_FREQ).desc(), col(DOC_FREQ).desc(), col(TERM).asc(), col(POS).asc());

        return termCounts
                .join(tokens, AnalysedColumns.BUILDING_ID)
                .join(spread, JavaConverters.asScalaBuffer(List.of(TERM, POS)).toSeq())
                .crossJoin(periodBuildings)
                .select(building, col(TERM), col(POS), col(TERM_FREQ), col(DOC_FREQ), tf.multiply(idf).as(TFIDF))
                .withColumn(RANK, row_number().over(byRank));
    }

    /** The first {@code k} terms of each building by rank; 0 keeps all. */
    public static Dataset<Row> topK(Dataset<Row> ranked, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("analysis.top-k = " + k + " must be 0 (all) or positive");
        }
        return k == 0 ? ranked : ranked.where(col(RANK).leq(k));
    }
}
