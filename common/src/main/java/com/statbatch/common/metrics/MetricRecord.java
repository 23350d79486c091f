package com.statbatch.common.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line in CloudWatch embedded metric format (EMF): CloudWatch Logs turns it into metrics of
 * the namespace {@value #NAMESPACE} when it reads the line, so publishing a figure is a log write
 * that cannot fail a run, and the line stays searchable with its properties (run id, period). The
 * line goes to the logger {@value #LOGGER} alone, which conf/log4j2.xml writes as the bare message:
 * EMF must be the whole log event, not a field inside a JSON log line.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">EMF
 *     specification</a>
 */
public final class MetricRecord {

    public static final String NAMESPACE = "StatBatch";
    public static final String LOGGER = "stat-batch.metrics";

    private static final Logger METRICS = LoggerFactory.getLogger(LOGGER);
    private static final Logger LOG = LoggerFactory.getLogger(MetricRecord.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The units used here, spelled as CloudWatch expects them. */
    public enum Unit {
        COUNT("Count"),
        SECONDS("Seconds");

        private final String cloudWatchName;

        Unit(String cloudWatchName) {
            this.cloudWatchName = cloudWatchName;
        }
    }

    private record Metric(Number value, Unit unit) {}

    private final Map<String, String> dimensions = new LinkedHashMap<>();
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<String, Object> properties = new LinkedHashMap<>();

    private MetricRecord(String component) {
        dimensions.put("Component", component);
    }

    /** A record of one component ("launcher", "job"), its one dimension so far. */
    public static MetricRecord of(String component) {
        return new MetricRecord(component);
    }

    /**
     * A further dimension: the metrics are published under [Component] and under every dimension
     * added, so both the total and the breakdown can be graphed.
     */
    public MetricRecord dimension(String name, String value) {
        requireFree(name);
        dimensions.put(name, value);
        return this;
    }

    public MetricRecord count(String name, long value) {
        requireFree(name);
        metrics.put(name, new Metric(value, Unit.COUNT));
        return this;
    }

    public MetricRecord seconds(String name, double value) {
        requireFree(name);
        metrics.put(name, new Metric(value, Unit.SECONDS));
        return this;
    }

    /** A value kept in the line but not a metric: run id, period, outcome details. */
    public MetricRecord property(String name, Object value) {
        requireFree(name);
        properties.put(name, value);
        return this;
    }

    /** The EMF JSON object of this record, stamped with {@code timestamp}. */
    public String toJson(Instant timestamp) {
        List<List<String>> dimensionSets = new ArrayList<>();
        List<String> names = List.copyOf(dimensions.keySet());
        dimensionSets.add(List.of(names.get(0)));
        if (names.size() > 1) {
            dimensionSets.add(names);
        }
        List<Map<String, String>> definitions = new ArrayList<>();
        metrics.forEach(
                (name, metric) ->
                        definitions.add(Map.of("Name", name, "Unit", metric.unit.cloudWatchName)));
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", dimensionSets);
        directive.put("Metrics", definitions);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(
                "_aws",
                Map.of(
                        "Timestamp",
                        timestamp.toEpochMilli(),
                        "CloudWatchMetrics",
                        List.of(directive)));
        root.putAll(dimensions);
        metrics.forEach((name, metric) -> root.put(name, metric.value));
        root.putAll(properties);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the metric record " + root, e);
        }
    }

    /**
     * Writes the line. A failure is logged, never thrown: a metric must not fail the run it
     * describes.
     */
    public void emit() {
        try {
            METRICS.info(toJson(Instant.now()));
        } catch (RuntimeException e) {
            LOG.warn("Metric record {} was not written: {}", dimensions, e.toString(), e);
        }
    }

    private void requireFree(String name) {
        if (name.equals("_aws")
                || dimensions.containsKey(name)
                || metrics.containsKey(name)
                || properties.containsKey(name)) {
            throw new IllegalArgumentException(
                    "'" + name + "' is already a member of this metric record; give it a new name");
        }
    }
}
