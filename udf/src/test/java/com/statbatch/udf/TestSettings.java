package com.statbatch.udf;

import com.statbatch.common.config.StatBatchConfig;
import java.util.Map;
import java.util.Optional;

/** Settings as the job loads them (conf/stat-batch.conf), without the machine's environment. */
public final class TestSettings {

    private TestSettings() {}

    public static NlpSettings defaults() {
        return with(Map.of());
    }

    /** The defaults with some keys overridden, as command-line flags would. */
    public static NlpSettings with(Map<String, String> overrides) {
        return NlpSettings.fromConfig(StatBatchConfig.load(Optional.empty(), Map.of(), overrides));
    }
}
