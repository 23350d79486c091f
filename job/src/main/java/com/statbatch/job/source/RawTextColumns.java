package com.statbatch.job.source;

/** Column names of the raw rows every {@link TextSource} returns. */
public final class RawTextColumns {

    public static final String BUILDING_ID = "building_id";
    public static final String CREATED_AT = "created_at";
    public static final String BODY = "body";

    /**
     * The text's id as a string (null when the record has none): repeated deliveries of one text
     * are recognised by it.
     */
    public static final String TEXT_ID = "text_id";

    /**
     * Null for a well-formed record, else {@link TextValidation#MALFORMED_RECORD} or {@link
     * TextValidation#BODY_NOT_TEXT}.
     */
    public static final String FORMAT_PROBLEM = "format_problem";

    private RawTextColumns() {}
}
