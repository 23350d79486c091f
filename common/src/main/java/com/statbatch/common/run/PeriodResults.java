package com.statbatch.common.run;

/**
 * Whose results a period's tables hold.
 *
 * @param runId the run whose swap committed last
 * @param reportPublished its report is at the period's canonical key
 */
public record PeriodResults(String runId, boolean reportPublished) {}
