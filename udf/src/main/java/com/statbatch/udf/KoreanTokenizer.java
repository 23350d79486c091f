package com.statbatch.udf;

import java.util.List;

/**
 * A Korean morphological analyzer. Instances are not required to be thread-safe: use one per
 * thread, created by a {@link KoreanTokenizerFactory} (which shares the heavy parts, dictionaries
 * and models).
 */
public interface KoreanTokenizer {

    /**
     * The tokens of {@code text} in text order; empty for null or blank text. Offsets index {@code
     * text}.
     */
    List<Token> analyze(String text);
}
