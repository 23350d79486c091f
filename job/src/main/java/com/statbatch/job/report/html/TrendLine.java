package com.statbatch.job.report.html;

import com.statbatch.job.trend.TrendStatus;

/**
 * A category or term in one building (or the whole portfolio) this period and the previous one.
 *
 * @param share documents / the building's documents
 * @param previousDocuments null when last period has no count for it (no previous period, or a term
 *     below the trend's minimum document count, whose row is not kept)
 * @param previousShare null likewise
 * @param status null when there is no trend (no previous period, or below the minimum both times)
 */
public record TrendLine(
        String label,
        long documents,
        double share,
        Long previousDocuments,
        Double previousShare,
        TrendStatus status) {}
