package com.statbatch.job.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.statbatch.common.period.StatPeriod;
import java.sql.Timestamp;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;

/**
 * Classifies raw rows: each gets a typed building id and timestamp, and a reject reason when it
 * cannot be used. Valid rows outside the period are dropped (a flat file layout holds other
 * months); rejected rows are kept with their reason so they can be counted, never silently lost.
 */
public final class TextValidation {

    public static final String REJECT_REASON = "reject_reason";

    public static final String MALFORMED_RECORD = "malformed_record";
    public static final String MISSING_BUILDING_ID = "missing_building_id";
    public static final String INVALID_BUILDING_ID = "invalid_building_id";
    public static final String UNPARSEABLE_TIMESTAMP = "unparseable_timestamp";
    public static final String BODY_NOT_TEXT = "body_not_text";
    public static final String DUPLICATE_TEXT_ID = "duplicate_text_id";

    private TextValidation() {}

    /**
     * Returns the rows of the period with building_id (bigint), created_at (timestamp), body,
     * reject_reason (null for a good row) and text_id, plus the rows whose time cannot be read.
     * Timestamp strings without an offset are read in the session time zone, which the job pins to
     * Asia/Seoul.
     */
    public static Dataset<Row> classify(Dataset<Row> raw, StatPeriod period) {
        Column buildingText = expr("trim(cast(" + RawTextColumns.BUILDING_ID + " as string))");
        // Digits only: a cast would take "-5", "101.7" or a double column's "101.0" for an id.
        Column buildingId =
                when(
                        buildingText.rlike("^[0-9]+$"),
                        expr(
                                "try_cast(trim(cast("
                                        + RawTextColumns.BUILDING_ID
                                        + " as string)) as bigint)"));
        Column createdAt = timestamp(raw.schema().apply(RawTextColumns.CREATED_AT).dataType());
        Column problem = col(RawTextColumns.FORMAT_PROBLEM);
        Column reason =
                when(problem.equalTo(MALFORMED_RECORD), problem)
                        .when(
                                buildingText.isNull().or(buildingText.equalTo("")),
                                lit(MISSING_BUILDING_ID))
                        .when(buildingId.isNull(), lit(INVALID_BUILDING_ID))
                        .when(createdAt.isNull(), lit(UNPARSEABLE_TIMESTAMP))
                        .otherwise(problem);
        Dataset<Row> typed =
                raw.select(
                        buildingId.as(RawTextColumns.BUILDING_ID),
                        createdAt.as(RawTextColumns.CREATED_AT),
                        col(RawTextColumns.BODY),
                        reason.as(REJECT_REASON),
                        col(RawTextColumns.TEXT_ID));
        Column inPeriod =
                col(RawTextColumns.CREATED_AT)
                        .geq(lit(Timestamp.from(period.startInstant())))
                        .and(
                                col(RawTextColumns.CREATED_AT)
                                        .lt(lit(Timestamp.from(period.endInstant()))));
        // A row whose time cannot be read may belong to this period; count it rather than lose it.
        return typed.where(inPeriod.or(col(RawTextColumns.CREATED_AT).isNull()));
    }

    /**
     * Text, timestamp and date columns are read as times; a number is not (seconds or milliseconds
     * since when?), so a numeric column makes every row unparseable rather than silently dated.
     */
    private static Column timestamp(DataType type) {
        return type instanceof NumericType
                ? lit(null).cast(DataTypes.TimestampType)
                : expr("try_cast(" + RawTextColumns.CREATED_AT + " as timestamp)");
    }
}
