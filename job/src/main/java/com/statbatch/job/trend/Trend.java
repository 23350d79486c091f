package com.statbatch.job.trend;

/**
 * A term's or category's movement in one building against the previous period.
 *
 * @param z the two-proportion z statistic of the share change (now against before)
 */
public record Trend(TrendStatus status, double z) {}
