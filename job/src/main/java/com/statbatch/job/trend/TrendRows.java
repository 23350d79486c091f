package com.statbatch.job.trend;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.statbatch.job.analysis.AnalysedColumns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Per (building, key) — a term or a category — this period's documents and share next to last
 * period's, with the {@link TrendClassifier}'s status. What is kept:
 *
 * <ul>
 *   <li>this period's keys from {@code keepFrom} documents on (the trend's minimum for terms, so
 *       next month can tell "absent" from "not kept"; 1 for categories, which are few);
 *   <li>last period's keys with at least the minimum, even when they fell below it now (a FALLING
 *       or vanished term), in buildings that have documents this period.
 * </ul>
 */
public final class TrendRows {

    private static final StructType TREND =
            new StructType().add("status", DataTypes.StringType).add("z", DataTypes.DoubleType);

    private TrendRows() {}

    /**
     * @param now building_id, {@code key}, documents: this period, every key with a document
     * @param buildingsNow building_id, documents: this period's documents per building
     * @param before building_id, {@code key}, documents: last period's kept rows (empty when there
     *     is no previous period)
     * @param buildingsBefore building_id, documents: last period's documents per building
     * @param beforeIsComplete true when {@code before} holds every key last period had
     *     (categories): a key missing there had 0 documents, not an unknown count below the minimum
     * @return building_id, {@code key} and {@link TrendColumns}
     */
    public static Dataset<Row> compute(
            String key,
            Dataset<Row> now,
            Dataset<Row> buildingsNow,
            Dataset<Row> before,
            Dataset<Row> buildingsBefore,
            boolean beforeIsComplete,
            int keepFrom,
            TrendSettings settings) {
        String id = AnalysedColumns.BUILDING_ID;
        String[] byKey = {id, key};
        // Last period's rows are few (terms: those with the minimum documents): they are
        // broadcast, so this period's many term counts are joined where they are, without a
        // shuffle. Below the minimum a term counts as absent last period, even where its row was
        // kept (it fell below the minimum then).
        Column kept = col(TrendColumns.DOCUMENTS).geq(settings.minDocuments());
        Dataset<Row> previous =
                (beforeIsComplete ? before : before.where(kept))
                        .select(col(id), col(key), col(TrendColumns.DOCUMENTS).as("x0"));
        Dataset<Row> current =
                now.select(col(id), col(key), col(TrendColumns.DOCUMENTS).as("x1"))
                        .join(functions.broadcast(previous), byKey, "left");
        Column presentBefore = col("x0").geq(settings.minDocuments());
        Dataset<Row> seen = current.where(col("x1").geq(keepFrom).or(presentBefore));
        Dataset<Row> vanished =
                previous.where(presentBefore)
                        .join(
                                current.where(col("x0").isNotNull()).select(id, key),
                                byKey,
                                "left_anti")
                        .select(col(id), col(key), lit(0L).as("x1"), col("x0"));
        Dataset<Row> n1 = buildingsNow.select(col(id), col(TrendColumns.DOCUMENTS).as("n1"));
        Dataset<Row> n0 = buildingsBefore.select(col(id), col(TrendColumns.DOCUMENTS).as("n0"));

        Column hadDocuments = col("n0").isNotNull().and(col("n0").gt(0));
        Column x0 = beforeIsComplete ? coalesce(col("x0"), lit(0L)) : col("x0");
        return seen.select(col(id), col(key), col("x1"), col("x0"))
                .unionByName(vanished)
                .join(functions.broadcast(n1), new String[] {id}, "inner")
                .join(functions.broadcast(n0), new String[] {id}, "left")
                .withColumn("prev", when(hadDocuments, x0).cast("bigint"))
                .withColumn(
                        "trend",
                        classify(settings)
                                .apply(
                                        col("x1"),
                                        col("n1"),
                                        coalesce(col("x0"), lit(0L)),
                                        coalesce(col("n0"), lit(0L))))
                .select(
                        col(id),
                        col(key),
                        col("x1").cast("bigint").as(TrendColumns.DOCUMENTS),
                        col("x1").divide(col("n1")).as(TrendColumns.SHARE),
                        col("prev").as(TrendColumns.PREVIOUS_DOCUMENTS),
                        col("prev").divide(col("n0")).as(TrendColumns.PREVIOUS_SHARE),
                        col("trend.status").as(TrendColumns.STATUS),
                        col("trend.z").as(TrendColumns.Z));
    }

    private static UserDefinedFunction classify(TrendSettings settings) {
        TrendClassifier classifier = new TrendClassifier(settings);
        UDF4<Long, Long, Long, Long, Row> f =
                (x1, n1, x0, n0) ->
                        classifier
                                .classify(new DocumentShare(x1, n1), new DocumentShare(x0, n0))
                                .map(t -> RowFactory.create(t.status().name(), t.z()))
                                .orElse(null);
        return functions.udf(f, TREND).withName("stat_trend");
    }
}
