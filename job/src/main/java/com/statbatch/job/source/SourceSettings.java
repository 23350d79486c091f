package com.statbatch.job.source;

import com.typesafe.config.Config;
import java.util.Optional;

/**
 * source.*: the column names and the section of the source source.type chooses (jdbc or files);
 * exactly one of the two is present, and only that one is read and checked.
 */
public record SourceSettings(
        SourceColumns columns,
        Optional<JdbcSourceSettings> jdbc,
        Optional<FileSourceSettings> files) {

    public SourceSettings {
        if (jdbc.isPresent() == files.isPresent()) {
            throw new IllegalArgumentException(
                    "A source is either jdbc or files, not "
                            + (jdbc.isPresent() ? "both" : "neither"));
        }
    }

    public static SourceSettings fromConfig(Config config) {
        SourceColumns columns = SourceColumns.fromConfig(config);
        String type = config.getString("source.type");
        return switch (type) {
            case "jdbc" ->
                    new SourceSettings(
                            columns,
                            Optional.of(JdbcSourceSettings.fromConfig(config)),
                            Optional.empty());
            case "files" ->
                    new SourceSettings(
                            columns,
                            Optional.empty(),
                            Optional.of(FileSourceSettings.fromConfig(config)));
            default ->
                    throw new IllegalArgumentException(
                            "source.type (--source) = '" + type + "'; expected jdbc or files");
        };
    }
}
