package com.statbatch.job.analysis;

/** Column names the analysis and the report share. */
public final class AnalysedColumns {

    public static final String BUILDING_ID = "building_id";

    private AnalysedColumns() {}
}
