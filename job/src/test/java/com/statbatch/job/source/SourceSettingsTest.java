package com.statbatch.job.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.config.StatBatchConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceSettingsTest {

    private static SourceSettings settings(Map<String, String> overrides) {
        return SourceSettings.fromConfig(
                StatBatchConfig.load(Optional.empty(), Map.of(), overrides));
    }

    @Test
    void theDefaultSourceIsTheJdbcTableByDay() {
        SourceSettings source = settings(Map.of());

        assertThat(source.jdbc())
                .contains(
                        new JdbcSourceSettings(
                                "building_text", JdbcSourceSettings.PartitionBy.DAY, 8, 10000));
        assertThat(source.files()).isEmpty();
        assertThat(source.columns())
                .isEqualTo(new SourceColumns("text_id", "building_id", "created_at", "body"));
    }

    @Test
    void aFileSourceReadsItsOwnSectionOnly() {
        SourceSettings source =
                settings(
                        Map.of(
                                "source.type", "files",
                                "source.files.input", "s3a://texts/2026/",
                                "source.files.format", "parquet",
                                "source.files.drop-repeated-ids", "false",
                                "source.jdbc.partition-by", "week",
                                "source.id-column", "doc_id"));

        assertThat(source.files())
                .contains(
                        new FileSourceSettings(
                                "s3a://texts/2026/", FileFormat.PARQUET, "dt", false));
        assertThat(source.jdbc()).isEmpty();
        assertThat(source.columns().id()).isEqualTo("doc_id");
    }

    @Test
    void anUnknownSourceTypeNamesTheKeyTheFlagAndTheChoices() {
        assertThatThrownBy(() -> settings(Map.of("source.type", "kafka")))
                .hasMessageContaining("source.type (--source) = 'kafka'; expected jdbc or files");
    }

    @Test
    void aJdbcSourceChecksItsTableAndPartitioning() {
        assertThatThrownBy(() -> settings(Map.of("source.jdbc.partition-by", "week")))
                .hasMessageContaining("source.jdbc.partition-by = 'week'; expected day or id");
        assertThatThrownBy(() -> settings(Map.of("source.jdbc.table", "texts; drop table x")))
                .hasMessageContaining("source.jdbc.table");
    }
}
