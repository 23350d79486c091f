package com.statbatch.job.source;

import com.statbatch.common.db.SqlIdentifier;
import com.typesafe.config.Config;
import java.util.Locale;

/** source.jdbc.*: the text table and how to read it in parallel. */
public record JdbcSourceSettings(
        String table, PartitionBy partitionBy, int numPartitions, int fetchSize) {

    public enum PartitionBy {
        DAY,
        ID
    }

    public JdbcSourceSettings {
        SqlIdentifier.require("source.jdbc.table", table);
        if (numPartitions < 1) {
            throw new IllegalArgumentException(
                    "source.jdbc.num-partitions = " + numPartitions + " must be at least 1");
        }
        if (fetchSize < 1) {
            throw new IllegalArgumentException(
                    "source.jdbc.fetch-size = " + fetchSize + " must be at least 1");
        }
    }

    public static JdbcSourceSettings fromConfig(Config config) {
        String partitionBy = config.getString("source.jdbc.partition-by");
        PartitionBy mode;
        try {
            mode = PartitionBy.valueOf(partitionBy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "source.jdbc.partition-by = '" + partitionBy + "'; expected day or id");
        }
        return new JdbcSourceSettings(
                config.getString("source.jdbc.table"),
                mode,
                config.getInt("source.jdbc.num-partitions"),
                config.getInt("source.jdbc.fetch-size"));
    }
}
