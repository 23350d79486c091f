package com.statbatch.job.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * At-least-once producers (Firehose, retried uploads) deliver some texts twice. Of the usable rows
 * of the period that share a text id, the first by (created_at, building_id, body) is kept and the
 * others are rejected as {@link TextValidation#DUPLICATE_TEXT_ID}, so each text counts once and
 * every rerun keeps the same copy.
 */
public final class RepeatedTexts {

    private static final String GROUP = "repeat_group";

    private RepeatedTexts() {}

    /**
     * @param classified {@link TextValidation#classify} output
     * @return the same rows and columns, repeats carrying {@link TextValidation#DUPLICATE_TEXT_ID}
     */
    public static Dataset<Row> reject(Dataset<Row> classified) {
        Column id = trim(col(RawTextColumns.TEXT_ID));
        Column candidate =
                col(TextValidation.REJECT_REASON).isNull().and(id.isNotNull()).and(id.notEqual(""));
        // Rows that cannot repeat get a group of their own, so they do not pile up in one window
        // partition (an input without ids would otherwise be sorted in a single task).
        Column group =
                when(candidate, concat(lit("id:"), id))
                        .otherwise(concat(lit("row:"), monotonically_increasing_id()));
        Column order =
                row_number()
                        .over(
                                Window.partitionBy(col(GROUP))
                                        .orderBy(
                                                col(RawTextColumns.CREATED_AT),
                                                col(RawTextColumns.BUILDING_ID),
                                                col(RawTextColumns.BODY)));
        return classified
                .withColumn(GROUP, group)
                .withColumn(
                        TextValidation.REJECT_REASON,
                        when(order.gt(1), lit(TextValidation.DUPLICATE_TEXT_ID))
                                .otherwise(col(TextValidation.REJECT_REASON)))
                .drop(GROUP);
    }
}
