package com.statbatch.job.source;

import com.typesafe.config.Config;

/**
 * source.files.*: where the files are, their format, the partition directories pruned to the
 * period, and whether a text id seen again is counted once.
 */
public record FileSourceSettings(
        String input, FileFormat format, String partitionColumn, boolean dropRepeatedIds) {

    public static FileSourceSettings fromConfig(Config config) {
        return new FileSourceSettings(
                config.getString("source.files.input"),
                FileFormat.parse(config.getString("source.files.format")),
                config.getString("source.files.partition-column"),
                config.getBoolean("source.files.drop-repeated-ids"));
    }
}
