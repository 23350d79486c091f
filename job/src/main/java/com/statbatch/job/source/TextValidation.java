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

    private TextValidation() {}

    /**
     * Returns the rows of the period with building_id (bigint), created_at (timestamp), body and
     * reject_reason (null for a good row), plus the rows whose time cannot be read. Timestamp
     * strings without an offset are read in the session time zone, which the job pins to
     * Asia/Seoul.
     */
    public static Dataset<Row> classify(Dataset<Row> raw, StatPeriod period) {
        Column buildingText = expr("trim(cast(" + RawTextColumns.BUILDING_ID + " as string))");
        Column buildingId =
                expr(
                        "try_cast(trim(cast("
                                + RawTextColumns.BUILDING_ID
                                + " as string)) as bigint)");
        Column createdAt = expr("try_cast(" + RawTextColumns.CREATED_AT + " as timestamp)");
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
                        reason.as(REJECT_REASON));
        Column inPeriod =
                col(RawTextColumns.CREATED_AT)
                        .geq(lit(Timestamp.from(period.startInstant())))
                        .and(
                                col(RawTextColumns.CREATED_AT)
                                        .lt(lit(Timestamp.from(period.endInstant()))));
        // A row whose time cannot be read may belong to this period; count it rather than lose it.
        return typed.where(inPeriod.or(col(RawTextColumns.CREATED_AT).isNull()));
    }
}
