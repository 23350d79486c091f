package com.statbatch.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The line CloudWatch Logs reads as embedded metric format: the _aws directive names the metrics
 * and the dimension sets, the values sit at the root beside the dimensions and the properties.
 */
class MetricRecordTest {

    private static final Instant AT = Instant.parse("2026-11-01T02:10:00.250Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRecordIsOneEmfObjectWithItsDirectiveDimensionsValuesAndProperties() throws Exception {
        String line =
                MetricRecord.of("job")
                        .dimension("Outcome", "SUCCEEDED")
                        .count("Documents", 1991)
                        .seconds("RunSeconds", 13.04)
                        .property("runId", "2026-10-abc")
                        .property("period", "2026-10")
                        .toJson(AT);

        assertThat(line).doesNotContain("\n");
        assertThat(JSON.readTree(line))
                .isEqualTo(
                        JSON.readTree(
                                """
                {"_aws":{"Timestamp":1793499000250,"CloudWatchMetrics":[{"Namespace":"StatBatch",
                  "Dimensions":[["Component"],["Component","Outcome"]],
                  "Metrics":[{"Name":"Documents","Unit":"Count"},{"Name":"RunSeconds","Unit":"Seconds"}]}]},
                 "Component":"job","Outcome":"SUCCEEDED","Documents":1991,"RunSeconds":13.04,
                 "runId":"2026-10-abc","period":"2026-10"}"""));
    }

    @Test
    void aRecordWithoutFurtherDimensionsIsPublishedUnderTheComponentAlone() throws Exception {
        JsonNode record =
                JSON.readTree(MetricRecord.of("launcher").count("MonthSucceeded", 0).toJson(AT));

        assertThat(record.path("_aws").path("CloudWatchMetrics").get(0).path("Dimensions"))
                .isEqualTo(JSON.readTree("[[\"Component\"]]"));
        assertThat(record.path("MonthSucceeded").asLong()).isZero();
        assertThat(record.path("Component").asText()).isEqualTo("launcher");
    }

    @Test
    void aNameUsedTwiceIsRefusedBecauseTheLineWouldHoldOnlyOneValue() {
        MetricRecord record = MetricRecord.of("job").count("Runs", 1);

        assertThatThrownBy(() -> record.property("Runs", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Runs' is already a member");
        assertThatThrownBy(() -> record.dimension("Component", "other"))
                .hasMessageContaining("'Component' is already a member");
    }
}
