package com.statbatch.launcher;

import com.statbatch.common.period.StatPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.emr.EmrClient;
import software.amazon.awssdk.services.emr.model.Application;
import software.amazon.awssdk.services.emr.model.ClusterSummary;
import software.amazon.awssdk.services.emr.model.JobFlowInstancesConfig;
import software.amazon.awssdk.services.emr.model.RunJobFlowRequest;
import software.amazon.awssdk.services.emr.model.StepConfig;
import software.amazon.awssdk.services.emr.model.StepState;

/**
 * Starts a cluster per month with RunJobFlow; it terminates once its one step is done, whether the
 * step succeeded or not. There is no standing cluster to ask for live steps, so exactly-once rests
 * on stat_job_run and the recorded step's state. The cluster is named like its step, so a run whose
 * launcher stopped before recording the cluster id is found with ListClusters.
 */
public final class TransientClusterSubmitter implements StepSubmitter {

    /** How far the database's clock and EMR's may disagree about when a cluster was started. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

    private final EmrClient emr;
    private final TransientClusterSettings cluster;

    public TransientClusterSubmitter(EmrClient emr, TransientClusterSettings cluster) {
        this.emr = emr;
        this.cluster = cluster;
    }

    @Override
    public Optional<String> knownCluster() {
        return Optional.empty();
    }

    @Override
    public Optional<EmrStep> findLive(StatPeriod period) {
        return Optional.empty();
    }

    @Override
    public Optional<String> findCluster(String stepName, Instant submittedAt) {
        return emr
                .listClustersPaginator(r -> r.createdAfter(submittedAt.minus(CLOCK_MARGIN)))
                .clusters()
                .stream()
                .filter(summary -> stepName.equals(summary.name()))
                .findFirst()
                .map(ClusterSummary::id);
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
        // RunJobFlow answers with the cluster only; its step is listed under the name we gave it.
        return new EmrStep(emr.runJobFlow(request.build()).jobFlowId(), null, StepState.PENDING);
    }
}
