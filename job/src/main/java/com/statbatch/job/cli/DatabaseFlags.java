package com.statbatch.job.cli;

import com.statbatch.common.db.DbSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The job's command-line flags that point a run at a database: one {@code --set KEY=VALUE} pair per
 * entry of {@link DbSettings#configOverrides()}, so the keys are spelled once, where the settings
 * are read, and not in every caller that starts the job (the local runner, the benchmarks, tests).
 */
public final class DatabaseFlags {

    private DatabaseFlags() {}

    /** {@code --set db.password=... --set db.url=... --set db.user=...}, in key order. */
    public static List<String> of(DbSettings db) {
        List<String> flags = new ArrayList<>();
        new TreeMap<>(db.configOverrides())
                .forEach(
                        (key, value) -> {
                            flags.add("--set");
                            flags.add(key + "=" + value);
                        });
        return flags;
    }
}
