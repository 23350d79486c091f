package com.statbatch.common.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The one configuration story: defaults (conf/stat-batch.conf on the classpath), then an optional
 * file, then environment variables (the mapping in conf/stat-batch-env.conf), then explicit
 * overrides such as command-line flags. Later layers win.
 */
public final class StatBatchConfig {

    static final String DEFAULTS_RESOURCE = "stat-batch.conf";
    static final String ENV_RESOURCE = "stat-batch-env.conf";

    private StatBatchConfig() {}

    /** Loads all layers using the process environment. */
    public static Config load(Optional<Path> file, Map<String, String> overrides) {
        return load(file, System.getenv(), overrides);
    }

    public static Config load(Optional<Path> file, Map<String, String> env, Map<String, String> overrides) {
        ClassLoader loader = StatBatchConfig.class.getClassLoader();
        Config defaults = ConfigFactory.parseResources(loader, DEFAULTS_RESOURCE,
                ConfigParseOptions.defaults().setAllowMissing(false));
        Config fromFile = file.map(StatBatchConfig::parseFile).orElse(ConfigFactory.empty());
        Config fromEnv = ConfigFactory.parseResources(loader, ENV_RESOURCE,
                        ConfigParseOptions.defaults().setAllowMissing(false))
                .resolveWith(ConfigFactory.parseMap(env),
                        ConfigResolveOptions.defaults().setUseSystemEnvironment(false).setAllowUnresolved(false));
        Config fromFlags = ConfigFactory.parseMap(overrides, "command-line flags");
        return fromFlags.withFallback(fromEnv).withFallback(fromFile).withFallback(defaults).resolve();
    }

    private static Config parseFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("Configuration file " + path.toAbsolutePath()
                    + " does not exist or is not a file; pass an existing HOCON file with --config.");
        }
        try {
            return ConfigFactory.parseFile(path.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
        } catch (ConfigException e) {
            throw new IllegalArgumentException("Configuration file " + path.toAbsolutePath()
                    + " is not valid HOCON: " + e.getMessage(), e);
        }
    }
}
