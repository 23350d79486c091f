package com.statbatch.udf;

/**
 * Creates tokenizers of one analyzer. Thread-safe; dictionaries and models are loaded once per JVM
 * and shared, so {@link #create} is cheap after the first call for the same settings.
 */
public interface KoreanTokenizerFactory {

    /**
     * A tokenizer for the calling thread, configured by the analyzer-related parts of {@code
     * settings}.
     */
    KoreanTokenizer create(NlpSettings settings);
}
