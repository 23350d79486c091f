package com.statbatch.job.analysis;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.statbatch.job.source.RawTextColumns;
import com.statbatch.job.source.TextValidation;
import com.statbatch.udf.spark.KoreanKeywordsUdf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Runs the Korean keyword UDF once per valid document of a known building and drops the text, so
 * what the aggregations keep is small: building id, reject reason, whether stat_dimension knows the
 * building, per-document keyword counts, truncation.
 */
public final class DocumentAnalysis {

    private DocumentAnalysis() {}

    /**
     * @param classified {@link TextValidation#classify} output
     * @param buildingIds building_id of every building stat_dimension knows
     * @return {@link AnalysedColumns}: building_id, reject_reason, known, keywords, truncated; the
     *     UDFs must be registered on the session
     */
    public static Dataset<Row> analyse(Dataset<Row> classified, Dataset<Row> buildingIds) {
        Dataset<Row> known =
                buildingIds
                        .select(col(AnalysedColumns.BUILDING_ID).as("known_id"))
                        .withColumn(AnalysedColumns.KNOWN, lit(true));
        Dataset<Row> flagged =
                classified.join(
                        broadcast(known),
                        classified.col(RawTextColumns.BUILDING_ID).equalTo(known.col("known_id")),
                        "left");
        Column usable =
                col(TextValidation.REJECT_REASON)
                        .isNull()
                        .and(col(AnalysedColumns.KNOWN).isNotNull());
        return flagged.select(
                col(RawTextColumns.BUILDING_ID).as(AnalysedColumns.BUILDING_ID),
                col(TextValidation.REJECT_REASON),
                col(AnalysedColumns.KNOWN).isNotNull().as(AnalysedColumns.KNOWN),
                when(usable, callUDF(KoreanKeywordsUdf.KEYWORDS_FUNCTION, col(RawTextColumns.BODY)))
                        .as(AnalysedColumns.KEYWORDS),
                when(
                                usable,
                                callUDF(
                                        KoreanKeywordsUdf.TRUNCATED_FUNCTION,
                                        col(RawTextColumns.BODY)))
                        .as(AnalysedColumns.TRUNCATED));
    }

    /** The documents the statistics are made of: valid, of a known building. */
    public static Dataset<Row> usable(Dataset<Row> analysed) {
        return analysed.where(
                        col(TextValidation.REJECT_REASON).isNull().and(col(AnalysedColumns.KNOWN)))
                .select(AnalysedColumns.BUILDING_ID, AnalysedColumns.KEYWORDS);
    }
}
