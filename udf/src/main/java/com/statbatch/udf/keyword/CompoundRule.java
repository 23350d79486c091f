package com.statbatch.udf.keyword;

import com.statbatch.udf.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Adjacent tokens whose terms, joined, are a dictionary word count as that word: 층간 + 소음 is 층간소음,
 * 분리 + 배출 is 분리배출. Tokens are adjacent when nothing but white space lies between them in the text.
 * The longest run wins, left to right. Immutable, thread-safe.
 */
final class CompoundRule {

    private final Set<String> words;

    /** Every proper prefix of a word: a run is extended only while it can still become one. */
    private final Set<String> prefixes = new HashSet<>();

    CompoundRule(Set<String> words) {
        this.words = Set.copyOf(words);
        for (String word : this.words) {
            for (int end = word.offsetByCodePoints(0, 1); end < word.length(); ) {
                prefixes.add(word.substring(0, end));
                end = word.offsetByCodePoints(end, 1);
            }
        }
    }

    /**
     * The end (exclusive) of the longest run of parts from {@code start} whose terms join to a
     * word; {@code start + 1} when there is none.
     */
    int runEnd(List<Token> tokens, int start, String text, Predicate<Token> isPart) {
        String joined = tokens.get(start).term();
        if (!prefixes.contains(joined)) {
            return start + 1;
        }
        StringBuilder run = new StringBuilder(joined);
        int end = start + 1;
        for (int next = start + 1; next < tokens.size(); next++) {
            Token token = tokens.get(next);
            if (!isPart.test(token) || !adjacent(tokens.get(next - 1), token, text)) {
                break;
            }
            joined = run.append(token.term()).toString();
            if (words.contains(joined)) {
                end = next + 1;
            }
            if (!prefixes.contains(joined)) {
                break;
            }
        }
        return end;
    }

    /** The run's terms joined, the word it counts as. */
    static String join(List<Token> tokens, int start, int end) {
        StringBuilder word = new StringBuilder();
        for (int i = start; i < end; i++) {
            word.append(tokens.get(i).term());
        }
        return word.toString();
    }

    /**
     * Contiguous, or separated by white space only. Offsets may overlap where an analyzer restores
     * a contracted form, which happens inside one word.
     */
    private static boolean adjacent(Token previous, Token token, String text) {
        for (int i = previous.endOffset(); i < token.beginOffset(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
