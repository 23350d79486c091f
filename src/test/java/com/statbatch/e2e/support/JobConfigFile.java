package com.statbatch.e2e.support;

import com.statbatch.common.db.DbSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The job's HOCON configuration file, as an operator would put it next to the jar. */
public final class JobConfigFile {

    private final StringBuilder text = new StringBuilder();

    public JobConfigFile(DbSettings db, String reportPrefix) {
        set("db.url", db.url())
                .set("db.user", db.user())
                .set("db.password", db.password())
                .set("report.prefix", reportPrefix)
                .set("analysis.shuffle-partitions", "4");
    }

    public JobConfigFile set(String key, String value) {
        text.append(key)
                .append(" = \"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                .append("\"\n");
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }
}
