package com.statbatch.job.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.statbatch.job.analysis.AnalysedColumns;
import com.statbatch.job.analysis.DocumentAnalysis;
import com.statbatch.job.source.TextValidation;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The period's input in numbers, from one pass over the analysed documents: usable documents of
 * known buildings, documents of buildings stat_dimension does not know, and skipped rows by reason.
 */
public record PeriodCounts(
        long documents,
        long buildings,
        long truncated,
        long unknownBuildingDocuments,
        long unknownBuildings,
        Map<String, Long> skipped) {

    public PeriodCounts {
        skipped = Map.copyOf(skipped);
    }

    /**
     * @param analysed {@link DocumentAnalysis#analyse} output
     */
    public static PeriodCounts of(Dataset<Row> analysed) {
        var rows =
                analysed.groupBy(col(TextValidation.REJECT_REASON), col(AnalysedColumns.KNOWN))
                        .agg(
                                count(lit(1)).as("n"),
                                sum(when(col(AnalysedColumns.TRUNCATED), 1L).otherwise(0L))
                                        .as("truncated"),
                                countDistinct(col(AnalysedColumns.BUILDING_ID)).as("buildings"))
                        .collectAsList();
        long documents = 0;
        long buildings = 0;
        long truncated = 0;
        long unknownDocuments = 0;
        long unknownBuildings = 0;
        Map<String, Long> skipped = new TreeMap<>();
        for (Row row : rows) {
            String reason = row.getString(0);
            long n = row.getLong(2);
            if (reason != null) {
                skipped.merge(reason, n, Long::sum);
            } else if (row.getBoolean(1)) {
                documents = n;
                truncated = row.getLong(3);
                buildings = row.getLong(4);
            } else {
                unknownDocuments = n;
                unknownBuildings = row.getLong(4);
            }
        }
        return new PeriodCounts(
                documents, buildings, truncated, unknownDocuments, unknownBuildings, skipped);
    }
}
