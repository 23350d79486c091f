package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.config.StatBatchConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The launcher is configured by environment variables alone, through conf/stat-batch-env.conf. */
class LauncherSettingsTest {

    private final Map<String, String> env =
            new HashMap<>(
                    Map.of(
                            "EMR_CLUSTER_ID", "j-1ABCDEF",
                            "JOB_JAR_URI", "s3://b/job.jar",
                            "JOB_CONFIG_URI", "s3://b/prod.conf"));

    @Test
    void defaultsApplyWhereNoVariableIsSet() {
        LauncherSettings settings = settings();

        assertThat(settings.clusterId()).isEqualTo("j-1ABCDEF");
        assertThat(settings.maxRangeMonths()).isEqualTo(36);
        assertThat(settings.transientCluster()).isEmpty();
        assertThat(settings.command().extraArgs()).isEmpty();
    }

    @Test
    void everyLauncherKeyHasAnEnvironmentVariable() {
        env.putAll(
                Map.of(
                        "SPARK_SUBMIT_ARGS",
                        "--num-executors 4",
                        "LAUNCHER_MAX_RANGE_MONTHS",
                        "12",
                        "EMR_TRANSIENT_CLUSTER",
                        "true",
                        "EMR_RELEASE_LABEL",
                        "emr-7.6.0",
                        "EMR_INSTANCE_TYPE",
                        "r5.xlarge",
                        "EMR_INSTANCE_COUNT",
                        "5",
                        "EMR_LOG_URI",
                        "s3://b/logs/",
                        "EMR_SERVICE_ROLE",
                        "svc",
                        "EMR_JOB_FLOW_ROLE",
                        "ec2"));

        LauncherSettings settings = settings();

        assertThat(settings.command().extraArgs()).containsExactly("--num-executors", "4");
        assertThat(settings.maxRangeMonths()).isEqualTo(12);
        assertThat(settings.transientCluster())
                .contains(
                        new TransientClusterSettings(
                                "emr-7.6.0", "r5.xlarge", 5, "s3://b/logs/", "svc", "ec2"));
    }

    @Test
    void aMissingClusterIdNamesTheVariableAndTheTransientAlternative() {
        env.remove("EMR_CLUSTER_ID");

        assertThatThrownBy(this::settings)
                .hasMessageContaining("EMR_CLUSTER_ID")
                .hasMessageContaining("EMR_TRANSIENT_CLUSTER=true");
    }

    @Test
    void aTransientClusterNeedsNoClusterId() {
        env.remove("EMR_CLUSTER_ID");
        env.put("EMR_TRANSIENT_CLUSTER", "true");

        assertThat(settings().transientCluster()).isPresent();
    }

    @Test
    void aMissingConfigUriNamesTheVariable() {
        env.remove("JOB_CONFIG_URI");

        assertThatThrownBy(this::settings)
                .hasMessageContaining("launcher.config-uri")
                .hasMessageContaining("JOB_CONFIG_URI");
    }

    private LauncherSettings settings() {
        return LauncherSettings.fromConfig(StatBatchConfig.load(Optional.empty(), env, Map.of()));
    }
}
