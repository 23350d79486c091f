package com.statbatch.udf;

import com.statbatch.common.config.StringListSetting;
import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code nlp.*} configuration, validated. Serializable and comparable by value: Spark functions
 * carry it to executors, and executors key their per-JVM analyzers by it.
 *
 * @param stopwords a word list: a local file, a file shipped with spark-submit --files, or a
 *     classpath resource; "" for none
 * @param userDictionary likewise
 * @param variants the variant dictionary (canonical = variant, …), looked up likewise
 * @param categories the category dictionary (category = term, …), looked up likewise
 */
public record NlpSettings(
        String analyzer,
        String decompoundMode,
        String komoranModel,
        List<String> posTags,
        int minLength,
        int maxDocumentChars,
        String stopwords,
        String userDictionary,
        String variants,
        String categories)
        implements Serializable {

    public static final String ANALYZER_KEY = "nlp.analyzer";
    public static final String DECOMPOUND_MODE_KEY = "nlp.decompound-mode";
    public static final String KOMORAN_MODEL_KEY = "nlp.komoran-model";
    public static final String POS_TAGS_KEY = "nlp.pos-tags";
    public static final String MIN_LENGTH_KEY = "nlp.min-length";
    public static final String MAX_DOCUMENT_CHARS_KEY = "nlp.max-document-chars";
    public static final String STOPWORDS_KEY = "nlp.stopwords";
    public static final String USER_DICTIONARY_KEY = "nlp.user-dictionary";
    public static final String VARIANTS_KEY = "nlp.variants";
    public static final String CATEGORIES_KEY = "nlp.categories";

    public static final String NORI = "nori";
    public static final String KOMORAN = "komoran";

    private static final Set<String> ANALYZERS = Set.of(NORI, KOMORAN);
    private static final Set<String> DECOMPOUND_MODES = Set.of("NONE", "DISCARD", "MIXED");
    private static final Set<String> KOMORAN_MODELS = Set.of("FULL", "LIGHT");

    public NlpSettings {
        analyzer = oneOf(ANALYZER_KEY, analyzer.toLowerCase(Locale.ROOT), ANALYZERS);
        decompoundMode =
                oneOf(
                        DECOMPOUND_MODE_KEY,
                        decompoundMode.toUpperCase(Locale.ROOT),
                        DECOMPOUND_MODES);
        komoranModel =
                oneOf(KOMORAN_MODEL_KEY, komoranModel.toUpperCase(Locale.ROOT), KOMORAN_MODELS);
        posTags = List.copyOf(posTags);
        if (posTags.isEmpty()) {
            throw new IllegalArgumentException(
                    POS_TAGS_KEY + " is empty; name at least one Sejong tag, e.g. [NNG, NNP].");
        }
        for (String tag : posTags) {
            if (!SejongTags.isKnown(tag)) {
                throw new IllegalArgumentException(
                        POS_TAGS_KEY
                                + " contains '"
                                + tag
                                + "', which is not a Sejong tag; use tags such as NNG, NNP, VV, VA, SL (one of "
                                + SejongTags.sorted()
                                + ").");
            }
        }
        atLeastOne(MIN_LENGTH_KEY, minLength);
        atLeastOne(MAX_DOCUMENT_CHARS_KEY, maxDocumentChars);
        stopwords = stopwords.trim();
        userDictionary = userDictionary.trim();
        variants = variants.trim();
        categories = categories.trim();
    }

    /** Reads the {@code nlp.*} keys of a loaded configuration (see conf/stat-batch.conf). */
    public static NlpSettings fromConfig(Config config) {
        return new NlpSettings(
                config.getString(ANALYZER_KEY),
                config.getString(DECOMPOUND_MODE_KEY),
                config.getString(KOMORAN_MODEL_KEY),
                StringListSetting.read(config, POS_TAGS_KEY).stream()
                        .map(tag -> tag.toUpperCase(Locale.ROOT))
                        .toList(),
                config.getInt(MIN_LENGTH_KEY),
                config.getInt(MAX_DOCUMENT_CHARS_KEY),
                config.getString(STOPWORDS_KEY),
                config.getString(USER_DICTIONARY_KEY),
                config.getString(VARIANTS_KEY),
                config.getString(CATEGORIES_KEY));
    }

    private static String oneOf(String key, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(
                    key + " = '" + value + "' is not supported; use one of " + allowed + ".");
        }
        return value;
    }

    private static void atLeastOne(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " = " + value + " must be at least 1.");
        }
    }
}
