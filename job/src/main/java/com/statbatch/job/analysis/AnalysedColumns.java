package com.statbatch.job.analysis;

/** Columns of the per-document analysis that the aggregations read. */
public final class AnalysedColumns {

    public static final String BUILDING_ID = "building_id";

    /**
     * true when stat_dimension knows the building; texts of other buildings are counted, not
     * analysed.
     */
    public static final String KNOWN = "known";

    /** array&lt;struct&lt;term, pos, count&gt;&gt;: the document's keywords with their counts. */
    public static final String KEYWORDS = "keywords";

    /** true when the text was longer than nlp.max-document-chars and was cut before analysis. */
    public static final String TRUNCATED = "truncated";

    private AnalysedColumns() {}
}
