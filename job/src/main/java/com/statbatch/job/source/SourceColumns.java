package com.statbatch.job.source;

import com.statbatch.common.db.SqlIdentifier;
import com.typesafe.config.Config;
import java.io.Serializable;

/** The input's names for the four roles (source.*-column), checked as identifiers. */
public record SourceColumns(String id, String building, String createdAt, String body)
        implements Serializable {

    public SourceColumns {
        SqlIdentifier.require("source.id-column", id);
        SqlIdentifier.require("source.building-column", building);
        SqlIdentifier.require("source.created-at-column", createdAt);
        SqlIdentifier.require("source.body-column", body);
    }

    public static SourceColumns fromConfig(Config config) {
        return new SourceColumns(
                config.getString("source.id-column"),
                config.getString("source.building-column"),
                config.getString("source.created-at-column"),
                config.getString("source.body-column"));
    }
}
