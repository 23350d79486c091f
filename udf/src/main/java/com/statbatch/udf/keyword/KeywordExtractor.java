package com.statbatch.udf.keyword;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.KoreanTokenizerFactory;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.TokenizerFactories;
import com.statbatch.udf.text.DocumentCap;
import com.statbatch.udf.text.TextNormalizer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The whole analysis of one document: cap, normalise, analyse, join compounds and rewrite variants
 * to canonical terms, keep the keywords. Thread-safe: each thread gets its own tokenizer, created
 * once. One extractor per settings per JVM ({@link #forSettings}), so Spark tasks never build
 * analyzers per row and never receive them from the driver.
 */
public final class KeywordExtractor {

    private static final ConcurrentMap<NlpSettings, KeywordExtractor> BY_SETTINGS =
            new ConcurrentHashMap<>();

    private final DocumentCap cap;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final KeywordPolicy policy;
    private final CanonicalTerms canonicalTerms;
    private final ThreadLocal<KoreanTokenizer> tokenizers;

    public KeywordExtractor(NlpSettings settings) {
        KoreanTokenizerFactory factory = TokenizerFactories.forAnalyzer(settings.analyzer());
        this.cap = new DocumentCap(settings.maxDocumentChars());
        this.policy = KeywordPolicy.fromSettings(settings);
        this.canonicalTerms = CanonicalTerms.fromSettings(settings);
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

    /**
     * Every keyword occurrence, in text order, as its canonical term (see {@link CanonicalTerms}).
     * Offsets index the normalised text.
     */
    public List<Token> keywords(String text) {
        String normalized = normalize(text);
        return canonicalTerms.apply(analyze(normalized), normalized).stream()
                .filter(policy::isKeyword)
                .toList();
    }

    /**
     * Every token of the capped, normalised text as the analyzer gives it, keyword or not, before
     * compounds are joined and variants rewritten.
     */
    public List<Token> tokens(String text) {
        return analyze(normalize(text));
    }

    /**
     * Why {@code word}, analysed alone, is not exactly one keyword ("is a stopword
     * (nlp.stopwords)", "is analysed as 쿵쿵/MAG, not as one keyword"); empty when it is.
     * Dictionaries check their entries with it at start-up, so that an entry that can never match
     * is reported instead of silently ignored.
     */
    public Optional<String> notOneKeyword(String word) {
        String normalized = normalize(word);
        List<Token> tokens = canonicalTerms.apply(analyze(normalized), normalized);
        if (tokens.size() == 1 && policy.isKeyword(tokens.get(0))) {
            return Optional.empty();
        }
        if (tokens.size() == 1 && policy.keepsPos(tokens.get(0))) {
            return policy.exclusion(tokens.get(0).term());
        }
        return Optional.of(
                "is analysed as "
                        + (tokens.isEmpty()
                                ? "no token"
                                : tokens.stream()
                                        .map(token -> token.term() + "/" + token.pos())
                                        .collect(Collectors.joining(" ")))
                        + ", not as one keyword");
    }

    private String normalize(String text) {
        return normalizer.normalize(cap.cut(text));
    }

    private List<Token> analyze(String normalized) {
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
