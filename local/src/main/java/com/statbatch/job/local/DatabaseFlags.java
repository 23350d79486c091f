package com.statbatch.job.local;

import com.statbatch.common.db.DbSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A database as the job's {@code --set} flags, one per key of {@link DbSettings#configOverrides()}
 * in key order, so the local runner and the benchmarks never spell out the {@code db.*} keys.
 */
public final class DatabaseFlags {

    private DatabaseFlags() {}

    public static List<String> of(DbSettings db) {
        List<String> flags = new ArrayList<>();
        db.configOverrides().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> flags.addAll(List.of("--set", e.getKey() + "=" + e.getValue())));
        return flags;
    }
}
