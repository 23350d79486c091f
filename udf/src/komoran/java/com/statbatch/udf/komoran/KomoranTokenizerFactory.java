package com.statbatch.udf.komoran;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.KoreanTokenizerFactory;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.resource.UserDictionaryEntry;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kr.co.shineware.nlp.komoran.constant.DEFAULT_MODEL;
import kr.co.shineware.nlp.komoran.core.Komoran;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * KOMORAN tokenizers. A Komoran instance costs seconds and up to 190 MB of heap to load, and its
 * analyze() is reentrant, so there is one per JVM and (model, user dictionary), shared by every
 * thread's tokenizer. Found by name from {@link com.statbatch.udf.TokenizerFactories}: this source
 * set is compiled only under the Maven profile "komoran".
 */
public final class KomoranTokenizerFactory implements KoreanTokenizerFactory {

    private record Key(String model, String userDictionary) {}

    private static final Logger LOG = LoggerFactory.getLogger(KomoranTokenizerFactory.class);

    private static final ConcurrentMap<Key, Komoran> INSTANCES = new ConcurrentHashMap<>();

    @Override
    public KoreanTokenizer create(NlpSettings settings) {
        Komoran komoran =
                INSTANCES.computeIfAbsent(
                        new Key(settings.komoranModel(), settings.userDictionary()),
                        KomoranTokenizerFactory::load);
        return new KomoranKoreanTokenizer(komoran);
    }

    /**
     * The user dictionary goes in here, before the instance is shared: KOMORAN's dictionary is not
     * safe to change while another thread analyses.
     */
    private static Komoran load(Key key) {
        long began = System.nanoTime();
        List<UserDictionaryEntry> entries =
                UserDictionaryEntry.load(NlpSettings.USER_DICTIONARY_KEY, key.userDictionary());
        Komoran komoran = new Komoran(DEFAULT_MODEL.valueOf(key.model()));
        if (!entries.isEmpty()) {
            KomoranUserDictionary.install(komoran, entries, key.userDictionary());
        }
        LOG.info(
                "KOMORAN {} model loaded in {} ms with {} user dictionary entries ({})",
                key.model(),
                (System.nanoTime() - began) / 1_000_000,
                entries.size(),
                key.userDictionary().isEmpty() ? "none" : key.userDictionary());
        return komoran;
    }
}
