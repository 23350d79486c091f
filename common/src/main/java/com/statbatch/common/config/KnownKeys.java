package com.statbatch.common.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Refuses configuration that the defaults do not know: a key that no default names (a typo such as
 * {@code analysis.topk} would otherwise be ignored without a word) or a value that cannot be read
 * as the default's type. The defaults file is the catalogue of keys, so a key exists exactly when
 * it has a default there and a line in the README.
 */
final class KnownKeys {

    private final Map<String, ConfigValue> defaults = new TreeMap<>();

    KnownKeys(Config defaultConfig) {
        defaultConfig.entrySet().forEach(e -> defaults.put(e.getKey(), e.getValue()));
    }

    /**
     * @throws IllegalArgumentException naming every offending key, its value and origin, and the
     *     nearest known key or the expected type
     */
    void check(Config merged) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> entry : new TreeMap<>(toMap(merged)).entrySet()) {
            String key = entry.getKey();
            ConfigValue value = entry.getValue();
            ConfigValue known = defaults.get(key);
            if (known == null) {
                problems.add(unknown(key, value));
            } else if (!readableAs(merged, key, known.valueType())) {
                problems.add(
                        key
                                + " = "
                                + value.render()
                                + " ("
                                + value.origin().description()
                                + ") is not a "
                                + typeName(known.valueType())
                                + "; the default is "
                                + known.render());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "Configuration refused: "
                            + String.join("; ", problems)
                            + ". Every key is listed with its default in README.md (Configuration).");
        }
    }

    private static Map<String, ConfigValue> toMap(Config config) {
        Map<String, ConfigValue> entries = new TreeMap<>();
        config.entrySet().forEach(e -> entries.put(e.getKey(), e.getValue()));
        return entries;
    }

    private String unknown(String key, ConfigValue value) {
        return "unknown key "
                + key
                + " = "
                + value.render()
                + " ("
                + value.origin().description()
                + "); did you mean "
                + nearest(key)
                + "?";
    }

    /** The known key with the smallest edit distance (ties: the first in order). */
    private String nearest(String key) {
        return defaults.keySet().stream()
                .min(Comparator.comparingInt((String known) -> editDistance(key, known)))
                .orElseThrow();
    }

    private static boolean readableAs(Config config, String key, ConfigValueType type) {
        try {
            switch (type) {
                case NUMBER -> config.getNumber(key);
                case BOOLEAN -> config.getBoolean(key);
                case LIST -> StringListSetting.read(config, key);
                default -> config.getValue(key);
            }
            return true;
        } catch (ConfigException.WrongType | ConfigException.BadValue e) {
            return false;
        }
    }

    private static String typeName(ConfigValueType type) {
        return switch (type) {
            case NUMBER -> "number";
            case BOOLEAN -> "boolean (true or false)";
            case LIST -> "list (or comma-separated text)";
            default -> "string";
        };
    }

    /** Levenshtein distance: insertions, deletions and substitutions cost one each. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
