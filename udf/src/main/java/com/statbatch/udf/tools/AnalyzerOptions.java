package com.statbatch.udf.tools;

import com.statbatch.udf.NlpSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The analyzer flags the scripts share (a picocli mixin), over nlp.* of the configuration. The
 * scripts read --analyzer too, to build KOMORAN first when it is asked for.
 */
public final class AnalyzerOptions {

    @Option(
            names = "--analyzer",
            paramLabel = "nori|komoran",
            description = "The Korean analyzer (nlp.analyzer); komoran is built with its profile.")
    private String analyzer;

    @Option(
            names = "--komoran-model",
            paramLabel = "FULL|LIGHT",
            description = "KOMORAN's model (nlp.komoran-model).")
    private String komoranModel;

    /** The configuration keys the flags set, nothing for flags not given. */
    public Map<String, String> overrides() {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (analyzer != null) {
            overrides.put(NlpSettings.ANALYZER_KEY, analyzer);
        }
        if (komoranModel != null) {
            overrides.put(NlpSettings.KOMORAN_MODEL_KEY, komoranModel);
        }
        return overrides;
    }
}
