package com.statbatch.common.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The one configuration story: defaults (conf/stat-batch.conf on the classpath), then an optional
 * file, then environment variables (the mapping in conf/stat-batch-env.conf), then explicit
 * overrides such as command-line flags. Later layers win. A key the defaults do not name, or a
 * value of the wrong type, is refused at load time with the key, the value and the nearest known
 * key.
 */
public final class StatBatchConfig {

    static final String DEFAULTS_RESOURCE = "stat-batch.conf";
    static final String ENV_RESOURCE = "stat-batch-env.conf";

    private StatBatchConfig() {}

    /** Loads all layers using the process environment. */
    public static Config load(Optional<Path> file, Map<String, String> overrides) {
        return load(file, System.getenv(), overrides);
    }

    public static Config load(
            Optional<Path> file, Map<String, String> env, Map<String, String> overrides) {
        Config defaults = parseResource(DEFAULTS_RESOURCE);
        Config fromFile = file.map(StatBatchConfig::parseFile).orElse(ConfigFactory.empty());
        Config fromEnv =
                parseResource(ENV_RESOURCE)
                        .resolveWith(
                                ConfigFactory.parseMap(env),
                                ConfigResolveOptions.defaults()
                                        .setUseSystemEnvironment(false)
                                        .setAllowUnresolved(false));
        Config fromFlags = ConfigFactory.parseMap(overrides, "command-line flags");
        Config merged =
                fromFlags
                        .withFallback(fromEnv)
                        .withFallback(fromFile)
                        .withFallback(defaults)
                        .resolve();
        new KnownKeys(defaults.resolve()).check(merged);
        return merged;
    }

    /**
     * The first copy on the classpath only: a shaded jar next to the module jars carries the same
     * file again, and merging the two would repeat every ${?VAR} substitution.
     */
    private static Config parseResource(String name) {
        URL resource = StatBatchConfig.class.getClassLoader().getResource(name);
        if (resource == null) {
            throw new IllegalStateException(
                    "Configuration resource "
                            + name
                            + " is not on the classpath;"
                            + " the stat-batch-common jar is missing or damaged.");
        }
        return ConfigFactory.parseURL(
                resource, ConfigParseOptions.defaults().setAllowMissing(false));
    }

    private static Config parseFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(
                    "Configuration file "
                            + path.toAbsolutePath()
                            + " does not exist or is not a file; pass an existing HOCON file with --config.");
        }
        try {
            return ConfigFactory.parseFile(
                    path.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
        } catch (ConfigException e) {
            throw new IllegalArgumentException(
                    "Configuration file "
                            + path.toAbsolutePath()
                            + " is not valid HOCON: "
                            + e.getMessage(),
                    e);
        }
    }
}
