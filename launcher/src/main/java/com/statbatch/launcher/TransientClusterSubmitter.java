package com.statbatch.launcher;

import java.util.Optional;
import software.amazon.awssdk.services.emr.EmrClient;
import software.amazon.awssdk.services.emr.model.Application;
import software.amazon.awssdk.services.emr.model.JobFlowInstancesConfig;
import software.amazon.awssdk.services.emr.model.RunJobFlowRequest;
import software.amazon.awssdk.services.emr.model.StepConfig;

/**
 * Starts a cluster per month with RunJobFlow; it terminates once its one step is done, whether the
 * step succeeded or not. There is no standing cluster to ask for live steps, so exactly-once rests
 * on stat_job_run and the recorded step's state.
 */
public final class TransientClusterSubmitter implements StepSubmitter {

    private final EmrClient emr;
    private final EmrSteps steps;
    private final TransientClusterSettings cluster;

    public TransientClusterSubmitter(
            EmrClient emr, EmrSteps steps, TransientClusterSettings cluster) {
        this.emr = emr;
        this.steps = steps;
        this.cluster = cluster;
    }

    @Override
    public Optional<EmrStep> findLive(String stepName) {
        return Optional.empty();
    }

    @Override
    public EmrStep submit(StepConfig step) {
        RunJobFlowRequest.Builder request =
                RunJobFlowRequest.builder()
                        .name(step.name())
                        .releaseLabel(cluster.releaseLabel())
                        .applications(Application.builder().name("Spark").build())
                        .instances(
                                JobFlowInstancesConfig.builder()
                                        .masterInstanceType(cluster.instanceType())
                                        .slaveInstanceType(cluster.instanceType())
                                        .instanceCount(cluster.instanceCount())
                                        .keepJobFlowAliveWhenNoSteps(false)
                                        .build())
                        .serviceRole(cluster.serviceRole())
                        .jobFlowRole(cluster.jobFlowRole())
                        .steps(step);
        if (!cluster.logUri().isBlank()) {
            request.logUri(cluster.logUri());
        }
        String clusterId = emr.runJobFlow(request.build()).jobFlowId();
        // RunJobFlow answers with the cluster only; its step is listed under the name we gave it.
        return steps.findAny(clusterId, step.name())
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "RunJobFlow started cluster "
                                                + clusterId
                                                + " but ListSteps shows no step named "
                                                + step.name()));
    }
}
