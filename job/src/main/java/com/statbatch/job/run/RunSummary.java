package com.statbatch.job.run;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.RunCounts;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a successful run did: counts, where the report is, and how long each stage took. */
public record RunSummary(
        String runId,
        StatPeriod period,
        String source,
        RunCounts counts,
        long unknownBuildings,
        String keywordsCsv,
        String buildingsCsv,
        List<BuildingPreview> busiestBuildings,
        Map<String, Duration> stageTimes,
        Duration total,
        boolean dryRun) {

    public RunSummary {
        busiestBuildings = List.copyOf(busiestBuildings);
        stageTimes = Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
    }
}
