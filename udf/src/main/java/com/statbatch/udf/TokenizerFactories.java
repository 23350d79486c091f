package com.statbatch.udf;

import com.statbatch.udf.nori.NoriTokenizerFactory;

/** The analyzer named by {@code nlp.analyzer}. */
public final class TokenizerFactories {

    /** Compiled only under the Maven profile "komoran", so it is looked up by name. */
    static final String KOMORAN_FACTORY_CLASS = "com.statbatch.udf.komoran.KomoranTokenizerFactory";

    private static final String KOMORAN_LIBRARY_CLASS = "kr.co.shineware.nlp.komoran.core.Komoran";

    private TokenizerFactories() {}

    public static KoreanTokenizerFactory forAnalyzer(String analyzer) {
        return switch (analyzer) {
            case NlpSettings.NORI -> NoriTokenizerFactory.INSTANCE;
            case NlpSettings.KOMORAN -> komoran();
            default ->
                    throw new IllegalArgumentException(
                            NlpSettings.ANALYZER_KEY
                                    + " = '"
                                    + analyzer
                                    + "' is not supported; use "
                                    + NlpSettings.NORI
                                    + " or "
                                    + NlpSettings.KOMORAN
                                    + ".");
        };
    }

    private static KoreanTokenizerFactory komoran() {
        try {
            Class.forName(KOMORAN_LIBRARY_CLASS);
            return (KoreanTokenizerFactory)
                    Class.forName(KOMORAN_FACTORY_CLASS).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(
                    NlpSettings.ANALYZER_KEY
                            + " = komoran, but KOMORAN is not on the classpath ("
                            + e.getMessage()
                            + "). Build with the Maven profile that adds it, e.g."
                            + " `mvn -P komoran -pl udf -am install` (KOMORAN comes from https://jitpack.io, which the build"
                            + " machine must reach, or -Dkomoran.repository=URL of a copy), and ship the jar built"
                            + " that way; the scripts (run-local.sh, tokenize.sh, bench*.sh) do that themselves"
                            + " when given --analyzer komoran. Or set "
                            + NlpSettings.ANALYZER_KEY
                            + " = nori.",
                    e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Could not create " + KOMORAN_FACTORY_CLASS + ": " + e, e);
        }
    }
}
