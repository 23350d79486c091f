package com.statbatch.job.report.html;

import java.util.List;

/**
 * What the report shows for one building.
 *
 * @param previousDocuments null when the building had no documents last period
 * @param categories the issue categories its documents mention, most documents first
 * @param topTerms the most mentioned terms, by mentions
 * @param distinctiveTerms what is special about this building, by score; may be empty
 * @param termTrends terms with a trend status (NEW, RISING, FALLING, STEADY)
 */
public record BuildingReport(
        long id,
        String name,
        long documents,
        Long previousDocuments,
        List<TrendLine> categories,
        List<TermValue> topTerms,
        List<TermValue> distinctiveTerms,
        List<TrendLine> termTrends) {

    public BuildingReport {
        categories = List.copyOf(categories);
        topTerms = List.copyOf(topTerms);
        distinctiveTerms = List.copyOf(distinctiveTerms);
        termTrends = List.copyOf(termTrends);
    }
}
