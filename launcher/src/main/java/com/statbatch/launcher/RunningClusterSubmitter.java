package com.statbatch.launcher;

import com.statbatch.common.period.StatPeriod;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.emr.model.StepConfig;

/** Adds the step to the long-running cluster named by launcher.cluster-id. */
public final class RunningClusterSubmitter implements StepSubmitter {

    private final EmrSteps steps;
    private final String clusterId;

    public RunningClusterSubmitter(EmrSteps steps, String clusterId) {
        this.steps = steps;
        this.clusterId = clusterId;
    }

    @Override
    public Optional<String> knownCluster() {
        return Optional.of(clusterId);
    }

    @Override
    public Optional<EmrStep> findLive(StatPeriod period) {
        return steps.findLive(clusterId, name -> StepNames.isStepOf(name, period));
    }

    @Override
    public Optional<String> findCluster(String stepName, Instant submittedAt) {
        return Optional.of(clusterId);
    }

    @Override
    public EmrStep submit(StepConfig step) {
        return steps.add(clusterId, step);
    }
}
