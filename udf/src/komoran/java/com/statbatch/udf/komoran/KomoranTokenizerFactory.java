package com.statbatch.udf.komoran;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.KoreanTokenizerFactory;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.resource.UserDictionaryEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kr.co.shineware.nlp.komoran.constant.DEFAULT_MODEL;
import kr.co.shineware.nlp.komoran.core.Komoran;

/**
 * KOMORAN tokenizers. A Komoran instance costs seconds and up to 190 MB of heap to load, and its analyze() is
 * reentrant, so there is one per JVM and (model, user dictionary), shared by every thread's tokenizer.
 * Found by name from {@link com.statbatch.udf.TokenizerFactories}: this source set is compiled only under the
 * Maven profile "komoran".
 */
public final class KomoranTokenizerFactory implements KoreanTokenizerFactory {

    private record Key(String model, String userDictionary) {}

    private static final ConcurrentMap<Key, Komoran> INSTANCES = new ConcurrentHashMap<>();

    @Override
    public KoreanTokenizer create(NlpSettings settings) {
        Komoran komoran = INSTANCES.computeIfAbsent(
                new Key(settings.komoranModel(), settings.userDictionary()), KomoranTokenizerFactory::load);
        return new KomoranKoreanTokenizer(komoran);
    }

    /** setUserDic is not safe while another thread analyses, so it happens here, before the instance is shared. */
    private static Komoran load(Key key) {
        List<UserDictionaryEntry> entries = UserDictionaryEntry.load(NlpSettings.USER_DICTIONARY_KEY, key.userDictionary());
        Komoran komoran = new Komoran(DEFAULT_MODEL.valueOf(key.model()));
        if (!entries.isEmpty()) {
            requireUtf8PlatformCharset(key.userDictionary());
            komoran.setUserDic(writeKomoranDictionary(entries).toString());
        }
        return komoran;
    }

    /**
     * KOMORAN reads the user dictionary in the platform charset; under another one (Java 17 with a C locale
     * defaults to ASCII) it silently stops matching, so refuse to start instead.
     */
    private static void requireUtf8PlatformCharset(String userDictionary) {
        Charset platform = Charset.defaultCharset();
        if (!platform.equals(StandardCharsets.UTF_8)) {
            throw new IllegalStateException("KOMORAN reads " + NlpSettings.USER_DICTIONARY_KEY + " = '" + userDictionary
                    + "' in the platform charset, which is " + platform + " in this JVM; run it with"
                    + " -Dfile.encoding=UTF-8 (for Spark: spark.driver.extraJavaOptions and"
                    + " spark.executor.extraJavaOptions).");
        }
    }

    /** KOMORAN takes a path only, and has no comment lines: write the parsed entries to a file of their own. */
    private static Path writeKomoranDictionary(List<UserDictionaryEntry> entries) {
        try {
            Path file = Files.createTempFile("stat-batch-komoran-userdict-", ".txt");
            file.toFile().deleteOnExit();
            List<String> lines = entries.stream().map(entry -> entry.term() + "\t" + entry.pos()).toList();
            return Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write KOMORAN's copy of the user dictionary to a temporary file: "
                    + e.getMessage(), e);
        }
    }
}
