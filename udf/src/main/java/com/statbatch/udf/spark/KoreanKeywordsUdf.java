package com.statbatch.udf.spark;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.keyword.KeywordCount;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The SQL functions of the Korean analysis:
 *
 * <ul>
 *   <li>{@code ko_keywords(body string) → array<struct<term:string,pos:string,count:int>>}: the
 *       document's keywords with their counts, in order of first occurrence; empty for null or
 *       keyword-less text.
 *   <li>{@code ko_truncated(body string) → boolean}: whether the text is longer than {@code
 *       nlp.max-document-chars}, so that ko_keywords saw only its beginning.
 * </ul>
 *
 * The functions carry only the settings; each executor JVM builds its analyzers on first use.
 */
public final class KoreanKeywordsUdf {

    public static final String KEYWORDS_FUNCTION = "ko_keywords";
    public static final String TRUNCATED_FUNCTION = "ko_truncated";

    public static final String TERM_FIELD = "term";
    public static final String POS_FIELD = "pos";
    public static final String COUNT_FIELD = "count";

    /** One element of ko_keywords' result. */
    public static final StructType KEYWORD_SCHEMA =
            new StructType()
                    .add(TERM_FIELD, DataTypes.StringType, false)
                    .add(POS_FIELD, DataTypes.StringType, false)
                    .add(COUNT_FIELD, DataTypes.IntegerType, false);

    public static final ArrayType KEYWORDS_TYPE = DataTypes.createArrayType(KEYWORD_SCHEMA, false);

    private KoreanKeywordsUdf() {}

    /**
     * Registers both functions on the session. Builds the driver's analyzer first, so that a wrong
     * analyzer name, a missing KOMORAN build or an unreadable word list fails here rather than in a
     * task.
     */
    public static void register(SparkSession spark, NlpSettings settings) {
        KeywordExtractor.forSettings(settings);
        spark.udf().register(KEYWORDS_FUNCTION, new Keywords(settings), KEYWORDS_TYPE);
        spark.udf().register(TRUNCATED_FUNCTION, new Truncated(settings), DataTypes.BooleanType);
    }

    /**
     * Task-side analysis with the JVM's extractor for the settings, looked up once per deserialized
     * function.
     */
    private abstract static class Analysis<R> implements UDF1<String, R> {
        private final NlpSettings settings;
        private transient KeywordExtractor extractor;

        Analysis(NlpSettings settings) {
            this.settings = settings;
        }

        KeywordExtractor extractor() {
            if (extractor == null) {
                extractor = KeywordExtractor.forSettings(settings);
            }
            return extractor;
        }
    }

    private static final class Keywords extends Analysis<List<Row>> {
        Keywords(NlpSettings settings) {
            super(settings);
        }

        @Override
        public List<Row> call(String body) {
            List<KeywordCount> counts = extractor().countKeywords(body);
            List<Row> rows = new ArrayList<>(counts.size());
            for (KeywordCount count : counts) {
                rows.add(RowFactory.create(count.term(), count.pos(), count.count()));
            }
            return rows;
        }
    }

    private static final class Truncated extends Analysis<Boolean> {
        Truncated(NlpSettings settings) {
            super(settings);
        }

        @Override
        public Boolean call(String body) {
            return extractor().truncates(body);
        }
    }
}
