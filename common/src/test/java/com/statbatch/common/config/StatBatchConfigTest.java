package com.statbatch.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatBatchConfigTest {

    @TempDir Path dir;

    @Test
    void defaultsComeFromConfStatBatchConf() {
        Config config = StatBatchConfig.load(Optional.empty(), Map.of(), Map.of());

        assertThat(config.getString("nlp.analyzer")).isEqualTo("nori");
        assertThat(config.getInt("analysis.top-k")).isEqualTo(100);
        assertThat(config.getString("source.jdbc.table")).isEqualTo("building_text");
    }

    @Test
    void fileOverridesDefaultsEnvOverridesFileAndFlagsOverrideEnv() throws Exception {
        Path file =
                Files.writeString(
                        dir.resolve("my.conf"),
                        "db.url = \"jdbc:postgresql://file/db\"\nreport.prefix = from-file\nanalysis.top-k = 5\n");

        Config config =
                StatBatchConfig.load(
                        Optional.of(file),
                        Map.of("DB_URL", "jdbc:postgresql://env/db", "REPORT_PREFIX", "from-env"),
                        Map.of("report.prefix", "from-flag"));

        assertThat(config.getInt("analysis.top-k")).isEqualTo(5);
        assertThat(config.getString("db.url")).isEqualTo("jdbc:postgresql://env/db");
        assertThat(config.getString("report.prefix")).isEqualTo("from-flag");
    }

    @Test
    void unsetEnvironmentVariablesLeaveLowerLayersAlone() {
        Config config = StatBatchConfig.load(Optional.empty(), Map.of(), Map.of());

        assertThat(config.getString("db.url"))
                .isEqualTo("jdbc:postgresql://localhost:5432/statbatch");
    }

    @Test
    void missingFileIsAnErrorThatNamesThePath() {
        Path missing = dir.resolve("nope.conf");

        assertThatThrownBy(() -> StatBatchConfig.load(Optional.of(missing), Map.of(), Map.of()))
                .hasMessageContaining("nope.conf")
                .hasMessageContaining("--config");
    }
}
