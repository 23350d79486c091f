package com.statbatch.job.analysis;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * How much more often a building's documents contain a term than the period's documents do: the JLH
 * score, the default significance heuristic of Elasticsearch's significant_terms aggregation
 * (Elasticsearch reference, "Significant terms aggregation", JLH score; class JLHScore in
 * org.elasticsearch.search.aggregations.bucket.terms.heuristic).
 *
 * <pre>
 *   fg = foreground documents with the term / foreground documents      (the building)
 *   bg = background documents with the term / background documents     (the whole period)
 *   JLH = (fg - bg) * (fg / bg)   when fg &gt; bg, else 0
 * </pre>
 *
 * The absolute change (fg - bg) keeps rare flukes down, the relative change (fg / bg) pushes words
 * every building uses down: a term in 40 % of a building's documents and 30 % of all scores 0.13, a
 * term in 20 % of them and 0.1 % of all scores 40. As in Elasticsearch, a minimum foreground
 * document count (analysis.distinctive-min-doc-count, default 3) keeps one-off typos out of the
 * lists.
 */
public final class DistinctiveScore {

    private DistinctiveScore() {}

    /**
     * @param fgWithTerm documents of the building with the term
     * @param fgDocuments documents of the building
     * @param bgWithTerm documents of the period with the term
     * @param bgDocuments documents of the period
     */
    public static Column jlh(
            Column fgWithTerm, Column fgDocuments, Column bgWithTerm, Column bgDocuments) {
        Column fg = fgWithTerm.cast("double").divide(fgDocuments.cast("double"));
        Column bg = bgWithTerm.cast("double").divide(bgDocuments.cast("double"));
        return when(fg.gt(bg), fg.minus(bg).multiply(fg.divide(bg))).otherwise(lit(0.0));
    }
}
