package com.statbatch.udf.keyword;

import com.statbatch.udf.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How often one keyword (term and POS) occurs in one document. */
public record KeywordCount(String term, String pos, int count) {

    private record Key(String term, String pos) {}

    /** The counts of the keyword tokens, ordered by each keyword's first occurrence. */
    public static List<KeywordCount> countInOrder(List<Token> keywords) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (Token token : keywords) {
            counts.merge(new Key(token.term(), token.pos()), 1, Integer::sum);
        }
        List<KeywordCount> result = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> result.add(new KeywordCount(key.term(), key.pos(), count)));
        return result;
    }
}
