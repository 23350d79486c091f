package com.statbatch.job.run;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.RunCounts;
import com.statbatch.job.report.html.Highlights;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a successful run did: counts, where the report is, and how long each stage took.
 *
 * @param keywordsCsv the keywords file at the period's canonical key
 * @param buildingsCsv the buildings file at the period's canonical key
 * @param ownKeywordsCsv this run's own copy of the keywords file, which no later run changes (the
 *     notification links it)
 * @param ownReportHtml this run's own report.html (linked like the keywords file)
 * @param highlights what rose since last month, for the notification
 * @param dryRun the run had no sink: it wrote nothing anywhere
 */
public record RunSummary(
        String runId,
        StatPeriod period,
        String source,
        RunCounts counts,
        long unknownBuildings,
        String keywordsCsv,
        String buildingsCsv,
        String ownKeywordsCsv,
        String ownReportHtml,
        Highlights highlights,
        List<BuildingPreview> busiestBuildings,
        Map<String, Duration> stageTimes,
        Duration total,
        boolean dryRun) {

    public RunSummary {
        busiestBuildings = List.copyOf(busiestBuildings);
        stageTimes = Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
    }
}
