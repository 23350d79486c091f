package com.statbatch.job.report.html;

import java.util.List;
import java.util.Locale;

/**
 * The template's view of a {@link ReportModel}: the portfolio page's summary, categories and rising
 * issues, already formatted. The building list and the building pages are drawn in the browser from
 * {@link ReportData}: thousands of table rows as markup would make the file large and slow to open,
 * and the list shows them a hundred at a time.
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
        String style,
        String script,
        String data) {

    static final int ISSUE_ROWS = 15;
    static final int ISSUE_BUILDINGS = 3;

    record CategoryRow(
            String label, String documents, String share, String change, StatusBadge status) {}

    /**
     * @param more how many buildings are not listed, or null for none
     */
    record IssueRow(String label, int buildingCount, List<IssueBuilding> buildings, String more) {}

    record IssueBuilding(long id, String name, StatusBadge status, String change) {}

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
}
