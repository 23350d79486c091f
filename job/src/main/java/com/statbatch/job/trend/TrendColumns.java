package com.statbatch.job.trend;

/** The trend columns of stat_keyword_trend and stat_category, and of their datasets. */
public final class TrendColumns {

    /** Documents of the building that mention the term or category this period. */
    public static final String DOCUMENTS = "documents";

    /** documents / the building's documents. */
    public static final String SHARE = "share";

    /**
     * Last period's documents; null when there is no count (no previous period for the building, or
     * a term below the minimum whose row was not kept).
     */
    public static final String PREVIOUS_DOCUMENTS = "previous_documents";

    public static final String PREVIOUS_SHARE = "previous_share";

    /** {@link TrendStatus} name, or null for no trend. */
    public static final String STATUS = "trend_status";

    /** The two-proportion z statistic, or null for no trend. */
    public static final String Z = "trend_z";

    private TrendColumns() {}
}
