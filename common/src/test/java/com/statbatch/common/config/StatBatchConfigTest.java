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

    @Test
    void anUnknownKeyIsRefusedWithItsValueOriginAndTheNearestKnownKey() {
        assertThatThrownBy(
                        () ->
                                StatBatchConfig.load(
                                        Optional.empty(), Map.of(), Map.of("analysis.topk", "5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key analysis.topk = \"5\"")
                .hasMessageContaining("command-line flags")
                .hasMessageContaining("did you mean analysis.top-k?");
    }

    @Test
    void anUnknownKeyInAFileNamesTheFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("typo.conf"), "nlp {\n  stopword = none\n}\n");

        assertThatThrownBy(() -> StatBatchConfig.load(Optional.of(file), Map.of(), Map.of()))
                .hasMessageContaining("unknown key nlp.stopword")
                .hasMessageContaining("typo.conf: 2")
                .hasMessageContaining("did you mean nlp.stopwords?");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithTheExpectedTypeAndTheDefault() {
        assertThatThrownBy(
                        () ->
                                StatBatchConfig.load(
                                        Optional.empty(),
                                        Map.of(),
                                        Map.of("analysis.top-k", "ten", "db.migrate", "maybe")))
                .hasMessageContaining(
                        "analysis.top-k = \"ten\" (command-line flags) is not a number; the default is 100")
                .hasMessageContaining(
                        "db.migrate = \"maybe\" (command-line flags) is not a boolean");
    }

    @Test
    void numbersAndBooleansGivenAsTextOnTheCommandLineAreAccepted() {
        Config config =
                StatBatchConfig.load(
                        Optional.empty(),
                        Map.of(),
                        Map.of("analysis.top-k", "7", "db.migrate", "false"));

        assertThat(config.getInt("analysis.top-k")).isEqualTo(7);
        assertThat(config.getBoolean("db.migrate")).isFalse();
    }

    @Test
    void everyEnvironmentVariableMapsToAKnownKey() {
        Config config =
                StatBatchConfig.load(
                        Optional.empty(),
                        Map.of("DB_URL", "jdbc:postgresql://env/db", "EMR_INSTANCE_COUNT", "5"),
                        Map.of());

        assertThat(config.getInt("launcher.transient-cluster.instance-count")).isEqualTo(5);
    }

    @Test
    void aListKeyTakesAHoconListInAFileAndCommaTextOnTheCommandLine() throws Exception {
        Path file = Files.writeString(dir.resolve("tags.conf"), "nlp.pos-tags = [NNG, SL]\n");

        Config fromFile = StatBatchConfig.load(Optional.of(file), Map.of(), Map.of());
        Config fromFlag =
                StatBatchConfig.load(Optional.empty(), Map.of(), Map.of("nlp.pos-tags", "NNG,SL"));

        assertThat(StringListSetting.read(fromFile, "nlp.pos-tags")).containsExactly("NNG", "SL");
        assertThat(StringListSetting.read(fromFlag, "nlp.pos-tags")).containsExactly("NNG", "SL");
    }

    @Test
    void aListKeyGivenANumberIsRefusedAsNotAList() throws Exception {
        Path file = Files.writeString(dir.resolve("tags.conf"), "nlp.pos-tags = 5\n");

        assertThatThrownBy(() -> StatBatchConfig.load(Optional.of(file), Map.of(), Map.of()))
                .hasMessageContaining("nlp.pos-tags")
                .hasMessageContaining("is not a list (or comma-separated text)");
    }
}
