package com.statbatch.job.run;

/**
 * One line of the summary table a run prints: a building, its documents, its most said and its
 * distinctive terms.
 */
public record BuildingPreview(
        long buildingId, String name, long documents, String topTerms, String distinctiveTerms) {}
