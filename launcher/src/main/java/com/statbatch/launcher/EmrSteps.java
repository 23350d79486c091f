package com.statbatch.launcher;

import java.util.Optional;
import software.amazon.awssdk.services.emr.EmrClient;
import software.amazon.awssdk.services.emr.model.ListStepsRequest;
import software.amazon.awssdk.services.emr.model.StepConfig;
import software.amazon.awssdk.services.emr.model.StepState;

/** The step-level EMR calls: add a step, find a live step by name, ask a step's state. */
public final class EmrSteps {

    private final EmrClient emr;

    public EmrSteps(EmrClient emr) {
        this.emr = emr;
    }

    public EmrStep add(String clusterId, StepConfig step) {
        String stepId =
                emr.addJobFlowSteps(r -> r.jobFlowId(clusterId).steps(step)).stepIds().get(0);
        return new EmrStep(clusterId, stepId, StepState.PENDING);
    }

    /** A PENDING or RUNNING step with this name, over all pages of ListSteps. */
    public Optional<EmrStep> findLive(String clusterId, String stepName) {
        return find(
                ListStepsRequest.builder()
                        .clusterId(clusterId)
                        .stepStates(StepState.PENDING, StepState.RUNNING)
                        .build(),
                stepName);
    }

    /** Any step with this name, whatever its state: how a new transient cluster's step is found. */
    public Optional<EmrStep> findAny(String clusterId, String stepName) {
        return find(ListStepsRequest.builder().clusterId(clusterId).build(), stepName);
    }

    public EmrStep describe(String clusterId, String stepId) {
        StepState state =
                emr.describeStep(r -> r.clusterId(clusterId).stepId(stepId))
                        .step()
                        .status()
                        .state();
        return new EmrStep(clusterId, stepId, state);
    }

    private Optional<EmrStep> find(ListStepsRequest request, String stepName) {
        return emr.listStepsPaginator(request).steps().stream()
                .filter(step -> stepName.equals(step.name()))
                .findFirst()
                .map(step -> new EmrStep(request.clusterId(), step.id(), step.status().state()));
    }
}
