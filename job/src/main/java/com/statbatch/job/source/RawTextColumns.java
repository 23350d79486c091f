package com.statbatch.job.source;

/** Column names of the raw rows every {@link TextSource} returns. */
public final class RawTextColumns {

    public static final String BUILDING_ID = "building_id";
    public static final String CREATED_AT = "created_at";
    public static final String BODY = "body";

    /**
     * Null for a well-formed record, else {@link TextValidation#MALFORMED_RECORD} or {@link
     * TextValidation#BODY_NOT_TEXT}.
     */
    public static final String FORMAT_PROBLEM = "format_problem";

    private RawTextColumns() {}
}
