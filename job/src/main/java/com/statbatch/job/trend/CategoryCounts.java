package com.statbatch.job.trend;

import static org.apache.spark.sql.functions.col;

import com.statbatch.job.analysis.AnalysedColumns;
import com.statbatch.job.analysis.PartialColumns;
import com.statbatch.job.analysis.PeriodAggregate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per (building, category): the documents that mention the category, each document once however
 * many of its terms belong to it. Counted by the one pass over the text, beside the terms.
 */
public final class CategoryCounts {

    public static final String CATEGORY = "category";

    private CategoryCounts() {}

    /**
     * @param aggregate {@link PeriodAggregate#of} output
     * @return building_id, category, documents
     */
    public static Dataset<Row> of(Dataset<Row> aggregate) {
        return PeriodAggregate.ofKind(aggregate, PartialColumns.CATEGORY)
                .select(
                        col(AnalysedColumns.BUILDING_ID),
                        col(PartialColumns.ITEM).as(CATEGORY),
                        col(PartialColumns.DOCUMENTS).as(TrendColumns.DOCUMENTS));
    }
}
