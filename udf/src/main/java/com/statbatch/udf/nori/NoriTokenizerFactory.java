package com.statbatch.udf.nori;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.KoreanTokenizerFactory;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.resource.UserDictionaryEntry;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * Nori tokenizers. Lucene loads Nori's system dictionary once per JVM (off-heap); the user
 * dictionary is built here once per JVM and configured value, and shared by every thread's
 * tokenizer.
 */
public final class NoriTokenizerFactory implements KoreanTokenizerFactory {

    public static final NoriTokenizerFactory INSTANCE = new NoriTokenizerFactory();

    private static final ConcurrentMap<String, Optional<UserDictionary>> USER_DICTIONARIES =
            new ConcurrentHashMap<>();

    private NoriTokenizerFactory() {}

    @Override
    public KoreanTokenizer create(NlpSettings settings) {
        UserDictionary userDictionary =
                USER_DICTIONARIES
                        .computeIfAbsent(
                                settings.userDictionary(), NoriTokenizerFactory::loadUserDictionary)
                        .orElse(null);
        return new NoriKoreanTokenizer(
                userDictionary, DecompoundMode.valueOf(settings.decompoundMode()));
    }

    private static Optional<UserDictionary> loadUserDictionary(String value) {
        List<UserDictionaryEntry> entries =
                UserDictionaryEntry.load(NlpSettings.USER_DICTIONARY_KEY, value);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String noriFormat =
                entries.stream().map(UserDictionaryEntry::term).collect(Collectors.joining("\n"));
        try {
            return Optional.ofNullable(UserDictionary.open(new StringReader(noriFormat)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    NlpSettings.USER_DICTIONARY_KEY
                            + " = '"
                            + value
                            + "' could not be loaded by Nori: "
                            + e.getMessage(),
                    e);
        }
    }
}
