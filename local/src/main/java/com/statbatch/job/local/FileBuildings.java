package com.statbatch.job.local;

import static org.apache.spark.sql.functions.col;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.source.RawTextColumns;
import com.statbatch.job.source.SourceSettings;
import com.statbatch.job.source.TextSources;
import com.typesafe.config.Config;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The building ids an input file mentions, read through the job's own source (same format, column
 * names and partition pruning), so that the ids registered are the ids the job will see.
 */
final class FileBuildings {

    private FileBuildings() {}

    static List<Long> mentioned(
            SparkSession spark, Config config, DbSettings db, StatPeriod period) {
        return TextSources.from(SourceSettings.fromConfig(config), db)
                .read(spark, period)
                .select(col(RawTextColumns.BUILDING_ID).cast(DataTypes.LongType).as("id"))
                .where(col("id").isNotNull())
                .distinct()
                .orderBy("id")
                .collectAsList()
                .stream()
                .map(row -> row.getLong(0))
                .toList();
    }
}
