package com.statbatch.common.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueType;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a list key either way it can be given: as a HOCON list ({@code [NNG, NNP]}) in a file, or
 * as comma-separated text ({@code NNG,NNP}), which is all environment variables and command-line
 * flags can give. Blank items are dropped and items are trimmed.
 */
public final class StringListSetting {

    private StringListSetting() {}

    /**
     * @throws com.typesafe.config.ConfigException.WrongType when the value is neither a list of
     *     strings nor text
     */
    public static List<String> read(Config config, String key) {
        if (config.getValue(key).valueType() == ConfigValueType.STRING) {
            return Arrays.stream(config.getString(key).split(","))
                    .map(String::trim)
                    .filter(item -> !item.isEmpty())
                    .toList();
        }
        return config.getStringList(key).stream().map(String::trim).toList();
    }
}
