package com.statbatch.udf.keyword;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.KoreanTokenizerFactory;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.TokenizerFactories;
import com.statbatch.udf.text.DocumentCap;
import com.statbatch.udf.text.TextNormalizer;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The whole analysis of one document: cap, normalise, analyse, keep the keywords. Thread-safe: each
 * thread gets its own tokenizer, created once. One extractor per settings per JVM ({@link
 * #forSettings}), so Spark tasks never build analyzers per row and never receive them from the
 * driver.
 */
public final class KeywordExtractor {

    private static final ConcurrentMap<NlpSettings, KeywordExtractor> BY_SETTINGS =
            new ConcurrentHashMap<>();

    private final DocumentCap cap;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final KeywordPolicy policy;
    private final ThreadLocal<KoreanTokenizer> tokenizers;

    public KeywordExtractor(NlpSettings settings) {
        KoreanTokenizerFactory factory = TokenizerFactories.forAnalyzer(settings.analyzer());
        this.cap = new DocumentCap(settings.maxDocumentChars());
        this.policy = KeywordPolicy.fromSettings(settings);
        this.tokenizers = ThreadLocal.withInitial(() -> factory.create(settings));
        // Loads the dictionaries now: a broken user dictionary fails at start-up, not in the first
        // task.
        tokenizers.get();
    }

    /**
     * The JVM's extractor for these settings, created (and its dictionaries loaded) on first use.
     */
    public static KeywordExtractor forSettings(NlpSettings settings) {
        return BY_SETTINGS.computeIfAbsent(settings, KeywordExtractor::new);
    }

    /**
     * The keywords of the text as counts, in order of first occurrence; empty for null or
     * keyword-less text.
     */
    public List<KeywordCount> countKeywords(String text) {
        return KeywordCount.countInOrder(keywords(text));
    }

    /** Every keyword occurrence, in text order. Offsets index the normalised text. */
    public List<Token> keywords(String text) {
        return tokens(text).stream().filter(policy::isKeyword).toList();
    }

    /** Every token of the capped, normalised text, keyword or not. */
    public List<Token> tokens(String text) {
        String normalized = normalizer.normalize(cap.cut(text));
        if (normalized.isBlank()) {
            return List.of();
        }
        return tokenizers.get().analyze(normalized);
    }

    /** True when the text is longer than the cap, so that only its beginning is analysed. */
    public boolean truncates(String text) {
        return cap.exceeds(text);
    }
}
