package com.statbatch.launcher;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.emr.EmrClient;
import software.amazon.awssdk.services.emr.model.FailureDetails;
import software.amazon.awssdk.services.emr.model.ListStepsRequest;
import software.amazon.awssdk.services.emr.model.StepConfig;
import software.amazon.awssdk.services.emr.model.StepState;

/**
 * The step-level EMR calls: add a step, find a step by name, ask a step's state and why it failed.
 */
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

    /** A PENDING or RUNNING step whose name passes the test, over all pages of ListSteps. */
    public Optional<EmrStep> findLive(String clusterId, Predicate<String> stepName) {
        return find(
                ListStepsRequest.builder()
                        .clusterId(clusterId)
                        .stepStates(StepState.PENDING, StepState.RUNNING)
                        .build(),
                stepName);
    }

    /** The step of this name, whatever its state. */
    public Optional<EmrStep> findNamed(String clusterId, String stepName) {
        return find(ListStepsRequest.builder().clusterId(clusterId).build(), stepName::equals);
    }

    public EmrStep describe(String clusterId, String stepId) {
        StepState state =
                emr.describeStep(r -> r.clusterId(clusterId).stepId(stepId))
                        .step()
                        .status()
                        .state();
        return new EmrStep(clusterId, stepId, state);
    }

    /**
     * EMR's account of why a step failed: reason, message and the log file it found the cause in,
     * as far as EMR gives them; empty when it gives none.
     */
    public Optional<String> failureDetails(String clusterId, String stepId) {
        FailureDetails details =
                emr.describeStep(r -> r.clusterId(clusterId).stepId(stepId))
                        .step()
                        .status()
                        .failureDetails();
        if (details == null) {
            return Optional.empty();
        }
        String text =
                Stream.of(details.reason(), details.message(), logFile(details.logFile()))
                        .filter(part -> part != null && !part.isBlank())
                        .collect(Collectors.joining("; "));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String logFile(String logFile) {
        return logFile == null || logFile.isBlank() ? null : "log " + logFile;
    }

    private Optional<EmrStep> find(ListStepsRequest request, Predicate<String> stepName) {
        return emr.listStepsPaginator(request).steps().stream()
                .filter(step -> stepName.test(step.name()))
                .findFirst()
                .map(step -> new EmrStep(request.clusterId(), step.id(), step.status().state()));
    }
}
