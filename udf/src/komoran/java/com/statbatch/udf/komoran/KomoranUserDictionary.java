package com.statbatch.udf.komoran;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.resource.UserDictionaryEntry;
import java.lang.reflect.Field;
import java.util.List;
import kr.co.shineware.nlp.komoran.core.Komoran;
import kr.co.shineware.nlp.komoran.core.model.Resources;
import kr.co.shineware.nlp.komoran.modeler.model.Observation;

/**
 * Gives a Komoran instance the user dictionary the way its {@code setUserDic(path)} does, but from
 * entries the project has already read as UTF-8. setUserDic reads its file with a FileReader, in
 * the platform charset (US-ASCII under a C locale on Java 17), so Korean entries silently stop
 * matching; and it prints and swallows any error. KOMORAN has no other way in, so this fills the
 * private field setUserDic fills, with the same entries and scores. Written against KOMORAN 3.3.9,
 * which the build pins; its tests run it.
 */
final class KomoranUserDictionary {

    /** setUserDic gives every entry this observation score. */
    private static final double ENTRY_SCORE = 0.0;

    private KomoranUserDictionary() {}

    static void install(Komoran komoran, List<UserDictionaryEntry> entries, String source) {
        Resources resources = (Resources) read(komoran, "resources");
        Observation dictionary = new Observation();
        for (UserDictionaryEntry entry : entries) {
            dictionary.put(entry.term(), entry.pos(), tagId(resources, entry, source), ENTRY_SCORE);
        }
        dictionary.getTrieDictionary().buildFailLink();
        write(komoran, "userDic", dictionary);
    }

    private static int tagId(Resources resources, UserDictionaryEntry entry, String source) {
        try {
            return resources.getTable().getId(entry.pos());
        } catch (NullPointerException unknownTag) {
            // PosTable.getId unboxes a map lookup: an unknown tag is a NullPointerException.
            throw new IllegalArgumentException(
                    NlpSettings.USER_DICTIONARY_KEY
                            + " = '"
                            + source
                            + "': KOMORAN's model has no tag "
                            + entry.pos()
                            + " (entry '"
                            + entry.term()
                            + "'); use one of its Sejong tags, e.g. NNG or NNP.",
                    unknownTag);
        }
    }

    private static Object read(Komoran komoran, String name) {
        try {
            return field(name).get(komoran);
        } catch (IllegalAccessException e) {
            throw incompatible(name, e);
        }
    }

    private static void write(Komoran komoran, String name, Object value) {
        try {
            field(name).set(komoran, value);
        } catch (IllegalAccessException e) {
            throw incompatible(name, e);
        }
    }

    private static Field field(String name) {
        try {
            Field field = Komoran.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw incompatible(name, e);
        }
    }

    private static IllegalStateException incompatible(String field, Exception cause) {
        return new IllegalStateException(
                "This KOMORAN has no usable field Komoran."
                        + field
                        + " ("
                        + cause
                        + "), which the user dictionary is installed into; build with the KOMORAN"
                        + " version the pom pins (komoran.version), or set "
                        + NlpSettings.USER_DICTIONARY_KEY
                        + " = \"\".",
                cause);
    }
}
