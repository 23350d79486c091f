package com.statbatch.job.source;

import com.statbatch.common.db.DbSettings;

/** Builds the configured {@link TextSource} (source.type = jdbc | files). */
public final class TextSources {

    private TextSources() {}

    public static TextSource from(SourceSettings settings, DbSettings db) {
        if (settings.jdbc().isPresent()) {
            return new JdbcTextSource(db, settings.jdbc().get(), settings.columns());
        }
        FileSourceSettings files = settings.files().orElseThrow();
        return new FileTextSource(
                files.input(),
                files.format(),
                files.partitionColumn(),
                settings.columns(),
                files.dropRepeatedIds());
    }
}
