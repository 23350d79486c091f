package com.statbatch.job.report.html;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The template's view of a {@link ReportModel}: the portfolio page's text, already formatted. The
 * per-building pages are drawn in the browser from {@link ReportData}, which keeps the file small
 * for thousands of buildings.
 */
record ReportView(
        String periodLabel,
        String start,
        String lastDay,
        String previousPeriodLabel,
        boolean hasPreviousPeriod,
        String documents,
        String buildingCount,
        List<CategoryRow> categories,
        List<IssueRow> risingCategories,
        List<IssueRow> risingTerms,
        List<BuildingRow> buildings,
        String style,
        String script,
        String data) {

    static final int TABLE_CATEGORIES = 3;
    static final int ISSUE_ROWS = 15;
    static final int ISSUE_BUILDINGS = 3;

    record CategoryRow(
            String label, String documents, String share, String change, StatusBadge status) {}

    /**
     * @param more how many buildings are not listed, or null for none
     */
    record IssueRow(String label, int buildingCount, List<IssueBuilding> buildings, String more) {}

    record IssueBuilding(long id, String name, StatusBadge status, String change) {}

    record BuildingRow(
            long id,
            String name,
            long documentsValue,
            String documents,
            String previousDocuments,
            String topCategories,
            int rises) {}

    /** A trend word and its CSS class; absent when there is no trend. */
    record StatusBadge(String text, String css) {}

    static ReportView of(ReportModel model, String style, String script, String data) {
        return new ReportView(
                model.periodLabel(),
                model.start().toString(),
                model.lastDay().toString(),
                model.previousPeriodLabel(),
                model.hasPreviousPeriod(),
                Figures.count(model.documents()),
                Figures.count(model.buildings().size()),
                model.categories().stream().map(ReportView::categoryRow).toList(),
                issueRows(RisingIssues.ofCategories(model.buildings())),
                issueRows(RisingIssues.ofTerms(model.buildings())),
                model.buildings().stream()
                        .sorted(
                                Comparator.comparingLong(BuildingReport::documents)
                                        .reversed()
                                        .thenComparingLong(BuildingReport::id))
                        .map(ReportView::buildingRow)
                        .toList(),
                style,
                script,
                data);
    }

    private static CategoryRow categoryRow(TrendLine line) {
        return new CategoryRow(
                line.label(),
                Figures.count(line.documents()),
                Figures.percent(line.share()),
                line.previousShare() == null ? "" : Figures.percent(line.previousShare()),
                badge(line));
    }

    private static StatusBadge badge(TrendLine line) {
        return line.status() == null
                ? null
                : new StatusBadge(
                        line.status().korean(), line.status().name().toLowerCase(Locale.ROOT));
    }

    private static List<IssueRow> issueRows(List<RisingIssue> issues) {
        return issues.stream()
                .limit(ISSUE_ROWS)
                .map(
                        issue ->
                                new IssueRow(
                                        issue.label(),
                                        issue.buildings().size(),
                                        issue.buildings().stream()
                                                .limit(ISSUE_BUILDINGS)
                                                .map(
                                                        r ->
                                                                new IssueBuilding(
                                                                        r.buildingId(),
                                                                        r.buildingName(),
                                                                        badge(r.line()),
                                                                        Figures.shareChange(
                                                                                r.line())))
                                                .toList(),
                                        issue.buildings().size() > ISSUE_BUILDINGS
                                                ? Figures.count(
                                                        issue.buildings().size() - ISSUE_BUILDINGS)
                                                : null))
                .toList();
    }

    private static BuildingRow buildingRow(BuildingReport b) {
        String topCategories =
                b.categories().stream()
                        .sorted(Comparator.comparingLong(TrendLine::documents).reversed())
                        .limit(TABLE_CATEGORIES)
                        .map(c -> c.label() + " " + Figures.percent(c.share()))
                        .collect(Collectors.joining(" · "));
        int rises =
                (int)
                        Stream.concat(b.categories().stream(), b.termTrends().stream())
                                .filter(l -> l.status() != null && l.status().isRise())
                                .count();
        return new BuildingRow(
                b.id(),
                b.name(),
                b.documents(),
                Figures.count(b.documents()),
                b.previousDocuments() == null ? "" : Figures.count(b.previousDocuments()),
                topCategories,
                rises);
    }
}
