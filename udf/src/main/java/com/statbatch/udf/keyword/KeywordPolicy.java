package com.statbatch.udf.keyword;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.resource.NlpResources;
import com.statbatch.udf.text.TextNormalizer;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which tokens are keywords: a kept POS, long enough, with a letter or digit, not a stopword.
 * Immutable, thread-safe.
 */
public final class KeywordPolicy {

    private final Set<String> posTags;
    private final int minLength;
    private final Set<String> stopwords;

    public KeywordPolicy(Set<String> posTags, int minLength, Set<String> stopwords) {
        this.posTags = Set.copyOf(posTags);
        this.minLength = minLength;
        this.stopwords = Set.copyOf(stopwords);
    }

    /**
     * Reads the stopword list the settings name; its words are normalised like text so they match
     * it.
     */
    public static KeywordPolicy fromSettings(NlpSettings settings) {
        TextNormalizer normalizer = new TextNormalizer();
        Set<String> stopwords =
                NlpResources.readLines(NlpSettings.STOPWORDS_KEY, settings.stopwords()).stream()
                        .map(normalizer::normalize)
                        .map(String::strip)
                        .filter(word -> !word.isEmpty())
                        .collect(Collectors.toSet());
        return new KeywordPolicy(Set.copyOf(settings.posTags()), settings.minLength(), stopwords);
    }

    public boolean isKeyword(Token token) {
        String term = token.term();
        return keepsPos(token)
                && !tooShort(term)
                && hasLetterOrDigit(term)
                && !stopwords.contains(term);
    }

    public boolean keepsPos(Token token) {
        return posTags.contains(token.pos());
    }

    /**
     * Why the token is not a keyword ("is a stopword (nlp.stopwords)", "is tagged NNP, which
     * nlp.pos-tags does not keep"), or empty when it is one.
     */
    public Optional<String> exclusion(Token token) {
        String term = token.term();
        if (!keepsPos(token)) {
            return Optional.of(
                    "is tagged "
                            + token.pos()
                            + ", which "
                            + NlpSettings.POS_TAGS_KEY
                            + " "
                            + posTags.stream().sorted().toList()
                            + " does not keep");
        }
        if (stopwords.contains(term)) {
            return Optional.of("is a stopword (" + NlpSettings.STOPWORDS_KEY + ")");
        }
        if (tooShort(term)) {
            return Optional.of("is shorter than " + NlpSettings.MIN_LENGTH_KEY + " = " + minLength);
        }
        if (!hasLetterOrDigit(term)) {
            return Optional.of("has no letter or digit");
        }
        return Optional.empty();
    }

    // KOMORAN 3.3.9 tags runs of punctuation such as "!!" NNP; they would rank among a building's
    // top terms.
    private static boolean hasLetterOrDigit(String term) {
        return term.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private boolean tooShort(String term) {
        return term.codePointCount(0, term.length()) < minLength;
    }
}
