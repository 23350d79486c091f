package com.statbatch.udf.keyword;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.resource.MappingLine;
import com.statbatch.udf.resource.UserDictionaryEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each candidate token counts as. Candidates are the tokens tagged NNG or NNP or with one of
 * {@code nlp.pos-tags}. First, adjacent candidates whose terms join to a dictionary word become one
 * token of that word (층간 + 소음 → 층간소음); the dictionary words are the variant dictionary's terms and
 * the user dictionary's entries. Then a variant becomes its canonical term (엘베 → 엘리베이터). A term the
 * dictionaries name gets one POS, so that its counts merge in a document: the user dictionary's tag
 * for its canonical term, else NNG. Immutable, thread-safe.
 */
public final class CanonicalTerms {

    private static final Set<String> NOUN_TAGS = Set.of("NNG", "NNP");

    private final Set<String> candidateTags;
    private final VariantDictionary variants;
    private final CompoundRule compounds;
    private final Map<String, String> posByTerm;

    CanonicalTerms(
            Set<String> candidateTags,
            VariantDictionary variants,
            List<UserDictionaryEntry> userDictionary) {
        Set<String> tags = new HashSet<>(candidateTags);
        tags.addAll(NOUN_TAGS);
        this.candidateTags = Set.copyOf(tags);
        this.variants = variants;
        Map<String, String> pos = new HashMap<>();
        Set<String> words = new HashSet<>(variants.terms());
        for (UserDictionaryEntry entry : userDictionary) {
            pos.put(entry.term(), entry.pos());
            words.add(entry.term());
        }
        this.posByTerm = Map.copyOf(pos);
        this.compounds = new CompoundRule(words);
    }

    /** The dictionaries the settings name (nlp.variants, nlp.user-dictionary), read now. */
    public static CanonicalTerms fromSettings(NlpSettings settings) {
        return new CanonicalTerms(
                Set.copyOf(settings.posTags()),
                VariantDictionary.load(NlpSettings.VARIANTS_KEY, settings.variants()),
                UserDictionaryEntry.load(
                        NlpSettings.USER_DICTIONARY_KEY, settings.userDictionary()));
    }

    /**
     * The tokens of {@code text} with compounds joined and variants rewritten; other tokens as they
     * were. A rewritten token keeps what was written as its surface (for a joined run, the text it
     * spans, spaces included) and has the counted term as its lemma.
     */
    public List<Token> apply(List<Token> tokens, String text) {
        List<Token> result = new ArrayList<>(tokens.size());
        int start = 0;
        while (start < tokens.size()) {
            Token token = tokens.get(start);
            if (!isCandidate(token)) {
                result.add(token);
                start++;
                continue;
            }
            int end = compounds.runEnd(tokens, start, text, this::isCandidate);
            if (end > start + 1) {
                int begin = token.beginOffset();
                int stop = tokens.get(end - 1).endOffset();
                result.add(
                        dictionaryTerm(
                                text.substring(begin, stop),
                                CompoundRule.join(tokens, start, end),
                                begin,
                                stop));
            } else if (variants.contains(token.term())) {
                result.add(
                        dictionaryTerm(
                                token.surface(),
                                token.term(),
                                token.beginOffset(),
                                token.endOffset()));
            } else {
                result.add(token);
            }
            start = end;
        }
        return result;
    }

    /** Every variant with the line of nlp.variants that lists it. */
    Map<String, MappingLine> variantLines() {
        return variants.variantLines();
    }

    /** The canonical term of a variant; any other term unchanged. */
    String canonical(String term) {
        return variants.canonical(term);
    }

    /**
     * Nouns always take part, so that a dictionary term is rewritten whatever nlp.pos-tags keeps.
     */
    boolean isCandidate(Token token) {
        return candidateTags.contains(token.pos());
    }

    private Token dictionaryTerm(String surface, String term, int begin, int end) {
        String canonical = variants.canonical(term);
        return new Token(
                surface,
                canonical,
                posByTerm.getOrDefault(canonical, UserDictionaryEntry.DEFAULT_POS),
                begin,
                end);
    }
}
