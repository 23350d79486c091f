package com.statbatch.job.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.statbatch.job.analysis.PartialColumns;
import com.statbatch.job.analysis.PeriodAggregate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The period's input in numbers: usable documents of known buildings, documents of buildings
 * stat_dimension does not know, and skipped rows by reason.
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
     * @param aggregate {@link PeriodAggregate} output; only its building, unknown and reject rows
     *     are read
     */
    public static PeriodCounts of(Dataset<Row> aggregate) {
        var rows =
                aggregate
                        .where(
                                col(PartialColumns.KIND)
                                        .isin(
                                                PartialColumns.BUILDING,
                                                PartialColumns.UNKNOWN,
                                                PartialColumns.REJECT))
                        .groupBy(col(PartialColumns.KIND), col(PartialColumns.ITEM))
                        .agg(
                                count(lit(1)),
                                sum(PartialColumns.DOCUMENTS),
                                sum(PartialColumns.TRUNCATED))
                        .collectAsList();
        long documents = 0;
        long buildings = 0;
        long truncated = 0;
        long unknownDocuments = 0;
        long unknownBuildings = 0;
        Map<String, Long> skipped = new TreeMap<>();
        for (Row row : rows) {
            long keys = row.getLong(2);
            long n = row.getLong(3);
            switch (row.getString(0)) {
                case PartialColumns.REJECT -> skipped.merge(row.getString(1), n, Long::sum);
                case PartialColumns.BUILDING -> {
                    documents = n;
                    buildings = keys;
                    truncated = row.getLong(4);
                }
                case PartialColumns.UNKNOWN -> {
                    unknownDocuments = n;
                    unknownBuildings = keys;
                }
            }
        }
        return new PeriodCounts(
                documents, buildings, truncated, unknownDocuments, unknownBuildings, skipped);
    }
}
