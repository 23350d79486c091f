package com.statbatch.job.analysis;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows one pass over the texts produces, before and after the shuffle. Every row counts
 * something of one kind, keyed by (kind, building_id, item):
 *
 * <ul>
 *   <li>{@link #TERM}: a building's term (item); documents = documents with the term, occurrences =
 *       its term frequency, one occurrence count per kept POS tag;
 *   <li>{@link #BUILDING}: a known building's documents, empty documents (no keyword), truncated
 *       documents and keyword occurrences (tokens);
 *   <li>{@link #CATEGORY}: a building's category (item) of {@code nlp.categories}; documents = the
 *       documents that mention it, each once;
 *   <li>{@link #UNKNOWN}: documents of a building stat_dimension does not know (not analysed);
 *   <li>{@link #REJECT}: rows skipped for a reason (item), building_id null.
 * </ul>
 *
 * A new per-building statistic is a new kind (item = what is counted), so it travels through the
 * same shuffle and aggregation without a schema change.
 */
public final class PartialColumns {

    public static final String KIND = "kind";
    public static final String BUILDING_ID = AnalysedColumns.BUILDING_ID;
    public static final String ITEM = "item";
    public static final String DOCUMENTS = "documents";
    public static final String OCCURRENCES = "occurrences";
    public static final String EMPTY = "empty";
    public static final String TRUNCATED = "truncated";

    public static final String TERM = "term";
    public static final String BUILDING = "building";
    public static final String CATEGORY = "category";
    public static final String UNKNOWN = "unknown";
    public static final String REJECT = "reject";

    /** The count columns, summed by the aggregation. */
    public static final List<String> COUNTS = List.of(DOCUMENTS, OCCURRENCES, EMPTY, TRUNCATED);

    private PartialColumns() {}

    /** The occurrence column of one kept POS tag, e.g. pos_nng. */
    public static String posColumn(String tag) {
        return "pos_" + tag.toLowerCase(Locale.ROOT);
    }

    public static StructType schema(List<String> posTags) {
        StructType schema =
                new StructType()
                        .add(KIND, DataTypes.StringType, false)
                        .add(BUILDING_ID, DataTypes.LongType, true)
                        .add(ITEM, DataTypes.StringType, true);
        for (String count : COUNTS) {
            schema = schema.add(count, DataTypes.LongType, false);
        }
        for (String tag : posTags) {
            schema = schema.add(posColumn(tag), DataTypes.LongType, false);
        }
        return schema;
    }
}
