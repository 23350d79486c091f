package com.statbatch.launcher;

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
    public Optional<EmrStep> findLive(String stepName) {
        return steps.findLive(clusterId, stepName);
    }

    @Override
    public EmrStep submit(StepConfig step) {
        return steps.add(clusterId, step);
    }
}
