package com.statbatch.job.source;

import com.statbatch.common.period.StatPeriod;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Where the period's texts come from. Every source returns the same raw columns, unvalidated:
 * {@link RawTextColumns#BUILDING_ID} (any type), {@link RawTextColumns#CREATED_AT} (timestamp or
 * string), {@link RawTextColumns#BODY} (string), {@link RawTextColumns#FORMAT_PROBLEM} (what the
 * reader itself found wrong with the record, or null) and {@link RawTextColumns#TEXT_ID} (string or
 * null). {@link TextValidation} does the rest.
 */
public interface TextSource {

    Dataset<Row> read(SparkSession spark, StatPeriod period);

    /**
     * True when the same text may arrive more than once and the run should count it once (files
     * from at-least-once producers); a table whose key is the text id cannot repeat one.
     */
    default boolean dropsRepeatedTexts() {
        return false;
    }

    /** What was read, for logs and the run summary (never credentials). */
    String describe();
}
