package com.statbatch.job.source;

import com.statbatch.common.db.DbSettings;
import com.typesafe.config.Config;

/** Builds the configured {@link TextSource} (source.type = jdbc | files). */
public final class TextSources {

    private TextSources() {}

    public static TextSource fromConfig(Config config, DbSettings db) {
        SourceColumns columns = SourceColumns.fromConfig(config);
        String type = config.getString("source.type");
        return switch (type) {
            case "jdbc" -> new JdbcTextSource(db, JdbcSourceSettings.fromConfig(config), columns);
            case "files" ->
                    new FileTextSource(
                            config.getString("source.files.input"),
                            FileFormat.parse(config.getString("source.files.format")),
                            config.getString("source.files.partition-column"),
                            columns,
                            config.getBoolean("source.files.drop-repeated-ids"));
            default ->
                    throw new IllegalArgumentException(
                            "source.type (--source) = '" + type + "'; expected jdbc or files");
        };
    }
}
