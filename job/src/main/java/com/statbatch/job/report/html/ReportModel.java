package com.statbatch.job.report.html;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything report.html shows, as plain values, so the page is rendered and tested without Spark.
 *
 * @param previousPeriodLabel the month compared with, or null when there is no previous month (then
 *     nothing has a trend and the page says so)
 * @param documents the portfolio's documents this period
 * @param categories the portfolio's categories: documents mentioning each across all buildings,
 *     share of all documents, and the portfolio-wide trend
 */
public record ReportModel(
        String periodLabel,
        LocalDate start,
        LocalDate lastDay,
        String previousPeriodLabel,
        long documents,
        List<TrendLine> categories,
        List<BuildingReport> buildings) {

    public ReportModel {
        categories = List.copyOf(categories);
        buildings = List.copyOf(buildings);
    }

    public boolean hasPreviousPeriod() {
        return previousPeriodLabel != null;
    }
}
