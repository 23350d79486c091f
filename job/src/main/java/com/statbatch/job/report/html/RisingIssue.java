package com.statbatch.job.report.html;

import java.util.List;

/**
 * A category or term that is NEW or RISING in at least one building, with the buildings it rose in
 * (the largest rise first).
 */
public record RisingIssue(String label, List<Rise> buildings) {

    public RisingIssue {
        buildings = List.copyOf(buildings);
    }

    /** Where it rose and by how much. */
    public record Rise(long buildingId, String buildingName, TrendLine line) {}
}
