package com.statbatch.job.analysis;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Per (building, term), from the {@link PeriodAggregate}: term frequency, document frequency, the
 * POS the term got most often in the building, the period's documents with the term, the {@link
 * DistinctiveScore} and two ranks.
 *
 * <ul>
 *   <li>rank: term_freq, then doc_freq, descending, then term — "most said";
 *   <li>distinctive_rank: among terms in at least {@code minDocCount} of the building's documents
 *       with a score above 0, by score, then doc_freq, descending, then term — "what is special
 *       here"; null for the other terms.
 * </ul>
 *
 * Both orders are total, so the output is deterministic. Ties between POS tags go to the tag listed
 * first in nlp.pos-tags.
 */
public final class KeywordRanking {

    public static final String TERM = "term";
    public static final String POS = "pos";
    public static final String TERM_FREQ = "term_freq";
    public static final String DOC_FREQ = "doc_freq";
    public static final String BG_DOC_FREQ = "bg_doc_freq";
    public static final String SCORE = "score";
    public static final String RANK = "rank";
    public static final String DISTINCTIVE_RANK = "distinctive_rank";

    private KeywordRanking() {}

    /**
     * @param periodDocuments the background: documents of known buildings in the period
     * @param posTags nlp.pos-tags, in the order that breaks POS ties
     */
    public static Dataset<Row> rank(
            Dataset<Row> aggregate, long periodDocuments, List<String> posTags, int minDocCount) {
        Column building = col(AnalysedColumns.BUILDING_ID);
        Dataset<Row> terms =
                PeriodAggregate.ofKind(aggregate, PartialColumns.TERM)
                        .select(
                                building,
                                col(PartialColumns.ITEM).as(TERM),
                                dominantTag(posTags).as(POS),
                                col(PartialColumns.OCCURRENCES).as(TERM_FREQ),
                                col(PartialColumns.DOCUMENTS).as(DOC_FREQ));
        Dataset<Row> background =
                terms.groupBy(col(TERM)).agg(sum(DOC_FREQ).as(BG_DOC_FREQ)).as("background");
        Dataset<Row> buildingDocuments =
                PeriodAggregate.ofKind(aggregate, PartialColumns.BUILDING)
                        .select(
                                building.as("fg_building"),
                                col(PartialColumns.DOCUMENTS).as("fg_documents"));
        Column score =
                DistinctiveScore.jlh(
                        col(DOC_FREQ), col("fg_documents"), col(BG_DOC_FREQ), lit(periodDocuments));
        Column candidate = col(DOC_FREQ).geq(minDocCount).and(col(SCORE).gt(0));
        var byFrequency =
                Window.partitionBy(building)
                        .orderBy(col(TERM_FREQ).desc(), col(DOC_FREQ).desc(), col(TERM).asc());
        var byScore =
                Window.partitionBy(building, candidate)
                        .orderBy(col(SCORE).desc(), col(DOC_FREQ).desc(), col(TERM).asc());
        return terms.join(broadcast(background), TERM)
                .join(broadcast(buildingDocuments), building.equalTo(col("fg_building")))
                .select(
                        building,
                        col(TERM),
                        col(POS),
                        col(TERM_FREQ),
                        col(DOC_FREQ),
                        col(BG_DOC_FREQ),
                        score.as(SCORE))
                .withColumn(RANK, row_number().over(byFrequency))
                .withColumn(DISTINCTIVE_RANK, when(candidate, row_number().over(byScore)));
    }

    /**
     * The terms a building's keyword rows keep: the first {@code k} by either rank; 0 keeps all.
     */
    public static Dataset<Row> topK(Dataset<Row> ranked, int k) {
        if (k < 0) {
            throw new IllegalArgumentException(
                    "analysis.top-k = " + k + " must be 0 (all) or positive");
        }
        return k == 0 ? ranked : ranked.where(col(RANK).leq(k).or(col(DISTINCTIVE_RANK).leq(k)));
    }

    /** The tag with the most occurrences; the first of nlp.pos-tags among equals. */
    private static Column dominantTag(List<String> posTags) {
        if (posTags.size() == 1) {
            return lit(posTags.get(0));
        }
        Column most =
                greatest(
                        posTags.stream()
                                .map(tag -> col(PartialColumns.posColumn(tag)))
                                .toArray(Column[]::new));
        Column tag = lit(posTags.get(posTags.size() - 1));
        for (int i = posTags.size() - 2; i >= 0; i--) {
            tag =
                    when(
                                    col(PartialColumns.posColumn(posTags.get(i))).equalTo(most),
                                    lit(posTags.get(i)))
                            .otherwise(tag);
        }
        return tag;
    }
}
