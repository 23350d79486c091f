package com.statbatch.job.report.html;

import java.util.List;

/**
 * What changed since last month, for the notification and the run summary: the portfolio's rising
 * categories and terms (see {@link RisingIssues}) with the buildings they rose in.
 *
 * @param previousPeriodLabel the month compared with, or null when there is none
 */
public record Highlights(
        String previousPeriodLabel, List<RisingIssue> categories, List<RisingIssue> terms) {

    public static final Highlights NONE = new Highlights(null, List.of(), List.of());

    public Highlights {
        categories = List.copyOf(categories);
        terms = List.copyOf(terms);
    }

    public static Highlights of(ReportModel model) {
        if (!model.hasPreviousPeriod()) {
            return NONE;
        }
        return new Highlights(
                model.previousPeriodLabel(),
                RisingIssues.ofCategories(model.buildings()),
                RisingIssues.ofTerms(model.buildings()));
    }
}
