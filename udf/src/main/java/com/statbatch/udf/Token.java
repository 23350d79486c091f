package com.statbatch.udf;

/**
 * One morpheme (or, with compounds kept whole, one word) as an analyzer sees it.
 *
 * @param surface the analyzer's token text
 * @param lemma the analyzer's base form where it has one (a contracted noun restored, the stem of
 *     an inflected word, the Hangul reading of Hanja), else null
 * @param pos a Sejong tag name (NNG, NNP, VV, JKS, SF, SL, ...)
 * @param beginOffset first char of the token in the analysed text
 * @param endOffset one past its last char
 */
public record Token(String surface, String lemma, String pos, int beginOffset, int endOffset) {

    /**
     * What keywords are counted by. Both analyzers restore contracted forms (땐 → 때 + ㄴ), so the
     * text at the offsets is not always the word: the lemma, where there is one, is.
     */
    public String term() {
        return lemma != null ? lemma : surface;
    }
}
