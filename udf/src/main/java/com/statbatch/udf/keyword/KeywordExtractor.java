package com.statbatch.udf.keyword;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.KoreanTokenizerFactory;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.TokenizerFactories;
import com.statbatch.udf.resource.MappingLine;
import com.statbatch.udf.text.DocumentCap;
import com.statbatch.udf.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        checkVariantsReachTheFilter();
    }

    /**
     * A variant the analyzer never gives whole would be ignored without a word, so each one is
     * analysed alone now and must come out as one token of its canonical term. Whether the keyword
     * filter then keeps that term (POS, length, stopwords) is the configuration's choice, not a
     * fault of the dictionary.
     */
    private void checkVariantsReachTheFilter() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, MappingLine> entry : canonicalTerms.variantLines().entrySet()) {
            String variant = entry.getKey();
            Optional<String> reason = notOneTerm(variant);
            if (reason.isPresent()) {
                String fix =
                        "; add it to "
                                + NlpSettings.USER_DICTIONARY_KEY
                                + " (term<TAB>NNG) unless it begins longer words, or drop it";
                problems.add(
                        entry.getValue()
                                .problem(
                                        "lists '"
                                                + variant
                                                + "', which is never counted as its canonical term: it "
                                                + reason.get()
                                                + fix)
                                .getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
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
     * Why {@code word}, analysed alone, does not come out as one token of its canonical term ("is
     * analysed as 쿵쿵/MAG, not as the term 쿵쿵"), whether or not the keyword filter keeps it; empty
     * when it does. A dictionary entry that fails this can never match: the analyzer splits it.
     */
    public Optional<String> notOneTerm(String word) {
        return oneTerm(word).isPresent() ? Optional.empty() : Optional.of(splitReason(word));
    }

    /**
     * Why {@code word}, analysed alone, is not counted as exactly one keyword, its canonical term
     * ("is a stopword (nlp.stopwords)", "is analysed as 쿵쿵/MAG, not as the term 쿵쿵"); empty when it
     * is.
     */
    public Optional<String> notCountedAsItself(String word) {
        return oneTerm(word).map(policy::exclusion).orElseGet(() -> Optional.of(splitReason(word)));
    }

    /** The one candidate token {@code word} gives alone, when it is its canonical term. */
    private Optional<Token> oneTerm(String word) {
        String normalized = normalize(word);
        String expected = canonicalTerms.canonical(normalized.strip());
        List<Token> candidates =
                canonicalTerms.apply(analyze(normalized), normalized).stream()
                        .filter(canonicalTerms::isCandidate)
                        .toList();
        return candidates.size() == 1 && candidates.get(0).term().equals(expected)
                ? Optional.of(candidates.get(0))
                : Optional.empty();
    }

    private String splitReason(String word) {
        String normalized = normalize(word);
        List<Token> tokens = canonicalTerms.apply(analyze(normalized), normalized);
        return "is analysed as "
                + (tokens.isEmpty()
                        ? "no token"
                        : tokens.stream()
                                .map(token -> token.term() + "/" + token.pos())
                                .collect(Collectors.joining(" ")))
                + ", not as the term "
                + canonicalTerms.canonical(normalized.strip());
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
