package com.statbatch.job.source;

import com.statbatch.common.period.StatPeriod;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Where the period's texts come from. Every source returns the same raw columns, unvalidated:
 * {@link RawTextColumns#BUILDING_ID} (any type), {@link RawTextColumns#CREATED_AT} (timestamp or
 * string), {@link RawTextColumns#BODY} (string) and {@link RawTextColumns#FORMAT_PROBLEM} (what the
 * reader itself found wrong with the record, or null). {@link TextValidation} does the rest.
 */
public interface TextSource {

    Dataset<Row> read(SparkSession spark, StatPeriod period);

    /** What was read, for logs and the run summary (never credentials). */
    String describe();
}
