package com.statbatch.job.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import com.statbatch.job.source.RawTextColumns;
import com.statbatch.job.source.TextValidation;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.category.CategoryDictionary;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The period in one pass: every task analyses its texts once and folds them into partial aggregates
 * ({@link FoldPartition}); one shuffle by building brings each building's partials together, where
 * they are summed into one {@link PartialColumns} row per (kind, building, item). Everything after
 * this (ranking, summaries, counts, sinks) works on that small result, already partitioned by
 * building.
 */
public final class PeriodAggregate {

    private PeriodAggregate() {}

    /**
     * @param classified {@link TextValidation#classify} output
     * @param knownBuildings the building ids stat_dimension knows, sorted
     * @param partitions how many partitions the result has (the shuffle's width)
     */
    public static Dataset<Row> of(
            Dataset<Row> classified,
            Broadcast<long[]> knownBuildings,
            NlpSettings settings,
            CategoryDictionary categories,
            int partitions) {
        return combine(
                classified
                        .select(
                                col(RawTextColumns.BUILDING_ID),
                                col(TextValidation.REJECT_REASON),
                                col(RawTextColumns.BODY))
                        .mapPartitions(
                                new FoldPartition(settings, categories, knownBuildings),
                                Encoders.row(PartialColumns.schema(settings.posTags()))),
                settings.posTags(),
                partitions);
    }

    /**
     * The one shuffle: partials of a building meet in one partition and are summed per (kind,
     * building, item).
     */
    static Dataset<Row> combine(Dataset<Row> partials, List<String> posTags, int partitions) {
        List<Column> sums = new ArrayList<>();
        for (String count : PartialColumns.COUNTS) {
            sums.add(sum(count).as(count));
        }
        for (String tag : posTags) {
            sums.add(sum(PartialColumns.posColumn(tag)).as(PartialColumns.posColumn(tag)));
        }
        // Partitioning by building alone satisfies the grouping, and the ranking windows after it.
        return partials.repartition(partitions, col(PartialColumns.BUILDING_ID))
                .groupBy(
                        col(PartialColumns.KIND),
                        col(PartialColumns.BUILDING_ID),
                        col(PartialColumns.ITEM))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
    }

    /** The rows of one kind. */
    public static Dataset<Row> ofKind(Dataset<Row> aggregate, String kind) {
        return aggregate.where(col(PartialColumns.KIND).equalTo(kind));
    }
}
