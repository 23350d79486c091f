package com.statbatch.common.run;

import java.util.Map;

/** What a finished run produced, recorded on its stat_job_run row and sent in the notification. */
public record RunCounts(
        long documents,
        long buildings,
        long keywords,
        Map<String, Long> skippedRows,
        long unknownBuildingDocuments,
        long truncatedDocuments,
        String csvUri) {

    public RunCounts {
        skippedRows = Map.copyOf(skippedRows);
    }

    public long skippedTotal() {
        return skippedRows.values().stream().mapToLong(Long::longValue).sum();
    }
}
