package com.statbatch.launcher;

import com.typesafe.config.Config;

/** The cluster RunJobFlow starts when launcher.transient-cluster.enabled is true. */
public record TransientClusterSettings(
        String releaseLabel,
        String instanceType,
        int instanceCount,
        String logUri,
        String serviceRole,
        String jobFlowRole) {

    public TransientClusterSettings {
        if (instanceCount < 1) {
            throw new IllegalArgumentException(
                    "launcher.transient-cluster.instance-count is "
                            + instanceCount
                            + "; a cluster needs at least 1 instance (the primary node)");
        }
    }

    static TransientClusterSettings fromConfig(Config config) {
        Config c = config.getConfig("launcher.transient-cluster");
        return new TransientClusterSettings(
                c.getString("release-label"),
                c.getString("instance-type"),
                c.getInt("instance-count"),
                c.getString("log-uri"),
                c.getString("service-role"),
                c.getString("job-flow-role"));
    }
}
